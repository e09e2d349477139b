"""Accents put back on Vietnamese typed without them (`tools.accents`), and the planner's use of it."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from evals.train_accents import count, write_model
from tools.accents import AccentRestorer, restorer, with_accents

# A corpus where "chao" is mostly "chào" (a greeting), but "chảo" (a pan) before "chống dính" (non-stick).
CORPUS = [
    "chào shop", "chào bạn", "chào mọi người", "chào buổi sáng",
    "cái chảo chống dính bị tróc", "chảo chống dính dùng tốt", "chảo chống dính nhanh hỏng",
    "khách phàn nàn về giao hàng", "khách phàn nàn nhiều",
]


@pytest.fixture
def small(tmp_path: Path) -> AccentRestorer:
    forms, pairs = count(CORPUS)
    write_model(forms, pairs, tmp_path / "accents.npz")
    return AccentRestorer(tmp_path / "accents.npz")


def test_a_word_takes_the_form_its_neighbours_make_likeliest(small: AccentRestorer) -> None:
    assert small.restore("chao shop") == "chào shop"
    assert small.restore("cai chao chong dinh bi troc") == "cái chảo chống dính bị tróc"


def test_unknown_words_ids_handles_and_case_are_kept(small: AccentRestorer) -> None:
    assert small.restore("Khach phan nan ve P-3001 va @chao.shop") == "Khách phàn nàn về P-3001 va @chao.shop"
    assert small.restore("CHAO shop") == "CHÀO shop"


def test_a_kept_span_is_left_as_typed_and_ends_the_context(small: AccentRestorer) -> None:
    text = "khach phan nan: chao chong dinh"
    kept = text.index("chao")
    assert small.restore(text, keep=[(kept, len(text))]) == "khách phàn nàn: chao chong dinh"


def test_a_text_typed_with_some_accents_is_left_alone() -> None:
    assert with_accents("chảo chong dinh", "vi") == "chảo chong dinh"


def test_a_text_mostly_of_words_the_model_does_not_know_is_left_alone() -> None:
    # Portuguese taken for Vietnamese by the language guess: "vai" is a Vietnamese word, "chover" is not.
    assert with_accents("vai chover em sp amanha? preciso levar umas caixas", "vi") == "vai chover em sp amanha? preciso levar umas caixas"


def test_only_packs_that_ship_a_model_restore() -> None:
    assert restorer("en") is None
    assert with_accents("nao voce", "pt") == "nao voce"


def test_the_shipped_vietnamese_model_restores_a_sellers_question() -> None:
    assert with_accents("khach hang hay phan nan ve cai gi nhat", "vi") == "khách hàng hay phàn nàn về cái gì nhất"


def test_the_planner_reads_a_question_with_accents_but_keeps_a_pasted_review_and_marketplace_terms() -> None:
    from agent.planner import readable

    assert readable("video bi 'Did not meet threshold' la sao") == "video bị 'Did not meet threshold' là sao"
    pasted = 'review nay report dc ko: "hang dom, ib zalo ban re hon"'
    assert readable(pasted).endswith('"hang dom, ib zalo ban re hon"')
    assert readable("Which product is worst?") == "Which product is worst?"


def test_counts_are_of_words_between_punctuation() -> None:
    forms, pairs = count(["chào, shop"])
    assert forms == Counter({"chào": 1, "shop": 1})
    assert not pairs


def test_words_the_accent_model_would_accent_tell_unaccented_vietnamese_from_portuguese() -> None:
    from agent.offline.messages import answer_language

    assert answer_language("cai nao te nhat") == "vi"  # "which one is worst": "te" and "nao" are Portuguese words too
    assert answer_language("como ta o video da legging?") == "pt"
    assert answer_language("so os At Risk") == "pt"
    assert answer_language("ok the other one") == "en"
