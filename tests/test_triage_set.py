"""The malicious-review triage set: well-formed, its labels consistent, its test split frozen, nothing excluded."""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import pytest

from evals.triage import load_triage_cases
from tools.reviews.models import Decision, MaliciousCategory

LANGUAGES = {"en", "zh", "id", "th", "vi", "pt"}


def _digest(text: str) -> str:
    return hashlib.sha256(text.strip().encode()).hexdigest()


def test_every_case_pairs_its_category_and_decision() -> None:
    cases = load_triage_cases()
    assert len(cases) >= 400
    for case in cases:
        genuine = case.label is MaliciousCategory.NOT_MALICIOUS
        assert (case.decision is Decision.DO_NOT_REPORT) == genuine, case.id
    assert {case.language for case in cases} == LANGUAGES
    assert len({case.id for case in cases}) == len(cases)
    assert len({_digest(case.text) for case in cases}) == len(cases)


def test_the_test_split_is_the_one_fixed_by_digest_before_tuning() -> None:
    """Test items are exactly the first round's items whose digest is even; later rounds (and later real draws,
    such as the second Wisesight draw, WS-…) are dev only."""
    cases = load_triage_cases()
    for case in cases:
        first_round = case.source == "written" or (case.id.startswith("RL-") and case.source.startswith(("tagging_real", "wisesight")))
        even = int(_digest(case.text)[:8], 16) % 2 == 0
        assert (case.split == "test") == (first_round and even), case.id
    per_language = Counter(case.language for case in cases if case.split == "test")
    assert set(per_language) == LANGUAGES and min(per_language.values()) >= 35


def test_exclusion_list_items_are_absent() -> None:
    listed = Path(__file__).resolve().parents[2] / "shared" / "eval-exclusions.sha256"
    if not listed.exists():
        pytest.skip("the acceptance exclusion list is not on this machine")
    excluded = {line.strip() for line in listed.read_text().splitlines() if line.strip() and not line.startswith("#")}
    assert not excluded & {_digest(case.text) for case in load_triage_cases()}
