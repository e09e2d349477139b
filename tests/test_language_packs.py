"""Each language lives in one pack (`tools/languages/<code>/`), and every pack is complete and well-formed."""

from __future__ import annotations

import json
import re

import pytest

from tools.languages import ChatWords, codes, joined, pack, packs
from tools.tagging.lexicon import load_lexicons

INTENTS = {"voc_overview", "voc_product", "video_overview", "video_detail", "review_assess", "review_appeal",
           "review_triage", "playbook", "help", "offtopic", "out_of_scope"}
REGEX_FIELDS = [name for name, field in ChatWords.model_fields.items() if field.annotation is str]


def test_the_six_languages_are_discovered_with_english_first() -> None:
    assert codes()[0] == "en" and set(codes()) == {"en", "zh", "id", "th", "vi", "pt"}
    assert pack("xx").code == "en"  # a language without a pack answers in English


@pytest.mark.parametrize("code", codes())
def test_a_pack_holds_everything_its_language_needs(code: str) -> None:
    item = pack(code)
    assert item.messages.keys() == pack("en").messages.keys()
    assert code in load_lexicons()
    exemplars = [json.loads(line) for line in item.exemplars.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert "placeholders" in exemplars[0]
    assert {row["intent"] for row in exemplars[1:]} == INTENTS
    for name in REGEX_FIELDS:
        re.compile(getattr(item.chat, name))
    for rule in item.chat.ordinals:
        compiled = re.compile(rule.pattern)
        assert (rule.value is not None) != bool(compiled.groups), rule.pattern
    from babel import Locale

    Locale.parse(item.locale)


def test_joined_fragments_cover_every_pack() -> None:
    windows = re.compile(joined("demonstratives"), re.IGNORECASE)
    for phrase in ("that one", "那个", "yang itu", "อันนั้น", "cái đó", "esse produto"):
        assert windows.search(phrase), phrase
    assert not re.compile(joined("demonstratives"), re.IGNORECASE).search("which products should I fix")


def test_every_ordinal_rule_reads_its_examples() -> None:
    from agent.memory import LAST, ordinal_in

    examples = {"the second one": 2, "第三个": 3, "最后一个": LAST, "yang kedua": 2, "yang ke-3": 3, "อันที่สอง": 2,
                "ตัวสุดท้าย": LAST, "cái thứ hai": 2, "cái đầu tiên": 1, "o segundo": 2, "a última": LAST, "the 3rd video": 3}
    assert {text: ordinal_in(text) for text in examples} == examples
    assert ordinal_in("the first time I sold") is None
    assert len(packs()) == 6


def test_each_pack_ships_current_exemplar_vectors_for_every_question_encoder() -> None:
    """Editing exemplars without `make exemplar-vectors` fails here, not as a slow first chat turn."""
    from agent.understanding import CALIBRATION, cached_digests, exemplar_digest, load_exemplars

    exemplars = load_exemplars()
    for encoder in CALIBRATION:
        for code in codes():
            wanted = {exemplar_digest(item) for item in exemplars if item.language == code}
            assert wanted <= cached_digests(code, encoder), (code, encoder, len(wanted - cached_digests(code, encoder)))


def test_chat_abbreviations_are_spelled_out_but_never_inside_ids_or_words() -> None:
    from agent.understanding import spelled_out

    assert spelled_out("sp nào tệ nhất?") == "sản phẩm nào tệ nhất?"
    assert spelled_out("P-3114 gmn") == "P-3114 gimana"
    assert spelled_out("pq o fone ta ruim") == "por que o fone está ruim"
    assert spelled_out("spa products") == "spa products" and spelled_out("R-GK-1") == "R-GK-1"
