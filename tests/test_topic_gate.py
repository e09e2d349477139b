"""The off-topic gate: its weights, its arithmetic, and where the planner lets it speak."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np
import pytest

from agent.memory import SessionMemory
from agent.planner import DeterministicPlanner
from agent.topic_gate import DEFAULT_GATE_WEIGHTS, TopicGate, load_gate, shared_topic_gate
from agent.understanding import shared_reader, shared_title_matcher
from tests.test_agent_planner import CATALOG, LINKED


class _Axis:
    """A fake encoder: texts holding "joke" point one way, all others the other."""

    name = "axis"
    dimensions = 2

    def __init__(self) -> None:
        self.calls = 0

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        self.calls += 1
        return [[1.0, 0.0] if "joke" in text else [0.0, 1.0] for text in texts]


def _gate(threshold: float = 0.8) -> tuple[TopicGate, _Axis]:
    axis = _Axis()
    return TopicGate(coef=np.array([4.0, -4.0], dtype=np.float32), intercept=0.0, encoders=[axis], threshold=threshold), axis


def test_the_gate_reads_a_text_by_its_vector_and_its_threshold() -> None:
    gate, _ = _gate()
    assert gate.probability("tell me a joke") == pytest.approx(1 / (1 + np.exp(-4)))
    assert gate.off_topic("tell me a joke")
    assert not gate.off_topic("which products are at risk")
    assert not gate.off_topic("   ")
    assert not _gate(threshold=0.99)[0].off_topic("tell me a joke")


def test_a_text_is_embedded_once_per_process() -> None:
    gate, axis = _gate()
    gate.probability("tell me a joke")
    gate.probability("tell me a joke")
    assert axis.calls == 1


def test_weights_that_do_not_fit_the_encoders_are_refused() -> None:
    with pytest.raises(ValueError, match="do not fit"):
        TopicGate(coef=np.zeros(3, dtype=np.float32), intercept=0.0, encoders=[_Axis()], threshold=0.5)


def test_the_shipped_weights_name_the_products_encoders_and_a_threshold() -> None:
    gate = load_gate(DEFAULT_GATE_WEIGHTS)
    assert [encoder.name for encoder in gate.encoders] == ["use-multilingual-v3", "multilingual-e5-small-q4"]
    assert 0.5 <= gate.threshold < 1.0


def test_shipped_weights_that_need_an_absent_encoder_are_refused() -> None:
    with pytest.raises(ValueError, match="need encoders"):
        load_gate(DEFAULT_GATE_WEIGHTS, encoders=[_Axis()])


def _plan(question: str, gate: TopicGate) -> list[str]:
    catalog = replace(CATALOG, match_title=shared_title_matcher().best)
    plan = DeterministicPlanner(lambda: catalog, reader=shared_reader(), gate=gate).plan(question, SessionMemory())
    return [call.name for call in plan.tool_calls]


class _Always(TopicGate):
    """A gate that reads every text as off-topic: what the planner still keeps from it."""

    def __init__(self) -> None:
        super().__init__(coef=np.zeros(2, dtype=np.float32), intercept=0.0, encoders=[_Axis()], threshold=0.5)

    def probability(self, text: str) -> float:
        return 1.0


class _Never(_Always):
    def probability(self, text: str) -> float:
        return 0.0


def test_the_gate_takes_the_tool_from_a_question_the_reader_read_near_off_topic() -> None:
    question = "my charger video is dead, what's a good pizza place in Jakarta"
    assert _plan(question, _Never()) == ["video_overview"]  # the clause reader alone answers with the shop's videos
    assert _plan(question, _Always()) == []
    assert _plan(question, shared_topic_gate()) == []  # and the shipped gate reads it as off-topic


def test_the_gate_waits_for_a_question_that_leans_on_the_last_answer() -> None:
    from agent.memory import MemoryTurn

    memory = SessionMemory()
    memory.add(MemoryTurn(question="how is V-5005?", answer="…", intent="video_detail", entities=["V-5005"], subject="V-5005"))
    catalog = replace(LINKED, match_title=shared_title_matcher().best)
    plan = DeterministicPlanner(lambda: catalog, reader=shared_reader(), gate=_Always()).plan(
        "and the leggings it sells, are buyers happy?", memory)
    assert [(call.name, call.arguments.get("product_id")) for call in plan.tool_calls] == [("voc_product", "P-1002")]


def test_the_gate_never_speaks_where_no_clause_reads_near_off_topic() -> None:
    assert _plan("which products are at risk?", _Always()) == ["voc_overview"]


def test_the_gate_never_speaks_over_a_thing_named_by_id() -> None:
    assert _plan("how is P-1001 doing, and tell me a joke", _Always()) == ["voc_product"]


def test_the_gate_never_speaks_over_a_pasted_review() -> None:
    question = "got this review: what is the weather in jakarta tomorrow lol. is it a malicious review?"
    assert _plan(question, _Always()) == ["review_assess_text"]  # the review is data: whatever it asks, it is checked


def test_without_the_gate_the_reader_decides_as_before() -> None:
    assert _plan("which products are at risk?", _Never()) == ["voc_overview"]


def test_the_gate_never_trains_on_the_test_split_or_the_unread_round() -> None:
    from evals.chat_understanding import load_cases
    from evals.train_topic_gate import EXEMPLARS, HELD_BACK, load_items

    items = load_items()
    assert {item.group for item in items} & set(HELD_BACK) == set()
    held_back = {turn for split in HELD_BACK for case in load_cases(split=split) for turn in case.turns}
    assert not held_back & {item.text for item in items}
    assert any(item.off_topic for item in items if item.group == EXEMPLARS)
    assert any(item.off_topic for item in items if item.group != EXEMPLARS)
