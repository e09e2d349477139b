"""The chat's understanding on questions written apart from it (evals/datasets/chat_independent): floors just
under today's figures, so a change that makes it understand less fails. The figures themselves come from
`python -m evals.chat_understanding`; the targets (0.90 per language) are not met yet."""

from __future__ import annotations

import pytest

from evals.chat_understanding import LANGUAGES, load_cases, run, summarise

# Today's figures (2026-12-01): 0.686 overall; en 0.783, zh 0.667, id 0.750, th 0.683, vi 0.567, pt 0.667.
FLOOR_OVERALL = 0.65
FLOOR_PER_LANGUAGE = {"en": 0.73, "zh": 0.62, "id": 0.70, "th": 0.63, "vi": 0.50, "pt": 0.62}


@pytest.mark.slow
def test_understanding_does_not_fall_below_its_floors() -> None:
    summary = summarise(run(load_cases(LANGUAGES)))
    assert summary["cases"] == 360
    assert summary["right"] >= FLOOR_OVERALL, summary
    for language, floor in FLOOR_PER_LANGUAGE.items():
        assert summary["per_language"][language]["right"] >= floor, (language, summary["per_language"])
    assert summary["per_kind"]["out_of_scope"]["right"] >= 0.8, summary["per_kind"]
