"""The tagger's version, known without loading the tagger: the rules' version plus the shipped weights' digest.
Every command asks whether the store's tags are current; most never need the model (or numpy) to answer."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

DEFAULT_WEIGHTS = Path(__file__).resolve().parent / "weights" / "tagger.npz"
# Bump whenever a lexicon, the negation rules or the verdict rules change: cached tags are redone.
# The model's own digest is appended (see `tagger_version`), so retrained weights re-tag as well.
RULES_VERSION = "2026.12.01-1"


@cache
def default_digest() -> str | None:
    """The shipped model's digest (as `LinearTagModel.digest`) without loading it."""
    if not DEFAULT_WEIGHTS.exists():
        return None
    return hashlib.sha256(DEFAULT_WEIGHTS.read_bytes()).hexdigest()[:12]


@cache
def tagger_version() -> str:
    """The rules version plus the shipped model's digest: either changing re-tags the store."""
    return f"{RULES_VERSION}+{default_digest() or 'lexicon'}"
