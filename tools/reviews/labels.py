"""How a seller reads a review's category and decision: the help page's names and the pack's words, never
our internal ids. Shared by the CLI and the app."""

from __future__ import annotations

from tools.languages import local_name, pack
from tools.reviews.appeal import category_label
from tools.reviews.models import Decision

__all__ = ["category_label", "category_name", "decision_label"]


def category_name(category: object, language: str = "en") -> str:
    """A category as the marketplace's help page names it, with the local word after (never our id):
    "Coercive review（胁迫性评价）", "Coercive review (avaliação com chantagem)"."""
    label = category_label(str(category))
    local = local_name(language, category)
    if language == "en" or local == str(category) or local.casefold() == label.casefold():
        return label
    return f"{label}（{local}）" if language == "zh" else f"{label} ({local})"


def decision_label(decision: Decision | str, language: str = "en") -> str:
    """What to do, in the seller's words ("Check first")."""
    return pack(language).messages[f"decision_{Decision(decision).value}"]
