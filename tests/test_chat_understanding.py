"""The chat's understanding on questions written apart from it (evals/datasets/chat_independent): floors just
under today's figures, so a change that makes it understand less fails. The figures themselves come from
`python -m evals.chat_understanding`; the targets (0.90 per language) are not met yet."""

from __future__ import annotations

import pytest

from evals.chat_understanding import HELD_BACK, LANGUAGES, load_cases, run, summarise

# Today's figures (2026-12-03): 0.903 overall; en 0.983, zh 0.900, id 0.900, th 0.883, vi 0.850, pt 0.900; 3 off-topic
# questions answered with a tool (2026-12-02: 0.900, vi 0.833). Floors sit just under the figures. Another machine
# scores the same code one case lower in en and in id (0.897): its 4-bit e5 arithmetic moves near-ties. With the
# "on what basis" and "who fixed it" exemplars there: 0.900 (en 0.967, zh 0.917, id 0.883, th 0.883, vi 0.850, pt 0.900).
# With a mood and an off-topic ask read apart at a comma, and life off-topic exemplars (2026-12-03, same machine):
# 0.903 (vi 0.867), 2 off-topic questions answered with a tool.
FLOOR_OVERALL = 0.87
FLOOR_PER_LANGUAGE = {"en": 0.95, "zh": 0.86, "id": 0.88, "th": 0.85, "vi": 0.83, "pt": 0.88}


@pytest.mark.slow
def test_understanding_does_not_fall_below_its_floors() -> None:
    summary = summarise(run(load_cases(LANGUAGES)))
    assert summary["cases"] == 360
    assert summary["right"] >= FLOOR_OVERALL, summary
    for language, floor in FLOOR_PER_LANGUAGE.items():
        assert summary["per_language"][language]["right"] >= floor, (language, summary["per_language"])
    assert summary["per_kind"]["out_of_scope"]["right"] >= 0.9, summary["per_kind"]
    assert summary["offtopic_answered_with_a_tool"] <= 3, summary


def test_no_exemplar_is_a_question_of_the_test_split_or_the_unread_round() -> None:
    """An exemplar that is a test question word for word reads it at a similarity of 1: the figure would flatter."""
    from agent.understanding import load_exemplars

    held_back = {" ".join(turn.casefold().split()) for split in HELD_BACK
                 for case in load_cases(LANGUAGES, split=split) for turn in case.turns}
    assert not [item.text for item in load_exemplars() if " ".join(item.text.casefold().split()) in held_back]
