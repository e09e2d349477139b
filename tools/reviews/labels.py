"""How a seller reads a review's category and decision: the help page's names and the pack's words, never
our internal ids. Shared by the CLI and the app."""

from __future__ import annotations

from tools.languages import pack
from tools.reviews.appeal import category_label
from tools.reviews.models import Decision

__all__ = ["category_label", "decision_label"]


def decision_label(decision: Decision | str, language: str = "en") -> str:
    """What to do, in the seller's words ("Check first")."""
    return pack(language).messages[f"decision_{Decision(decision).value}"]
