"""Each language lives in one pack (`tools/languages/<code>/`), and every pack is complete and well-formed."""

from __future__ import annotations

import json
import re

import pytest

from tools.languages import ChatWords, codes, joined, pack, packs
from tools.tagging.lexicon import load_lexicons

INTENTS = {"voc_overview", "voc_product", "video_overview", "video_detail", "review_assess", "review_appeal",
           "review_triage", "playbook", "help", "offtopic", "out_of_scope", "smalltalk"}
REGEX_FIELDS = [name for name, field in ChatWords.model_fields.items() if field.annotation is str]


def test_the_six_languages_are_discovered_with_english_first() -> None:
    assert codes()[0] == "en" and set(codes()) == {"en", "zh", "id", "th", "vi", "pt"}
    assert pack("xx").code == "en"  # a language without a pack answers in English


@pytest.mark.parametrize("code", codes())
def test_a_pack_holds_everything_its_language_needs(code: str) -> None:
    item = pack(code)
    # A singular form ("<key>_one") is a language's own: Chinese, Indonesian, Thai and Vietnamese mark no number.
    assert {key for key in item.messages if not key.endswith("_one")} == {
        key for key in pack("en").messages if not key.endswith("_one")}
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
                "ตัวสุดท้าย": LAST, "cái thứ hai": 2, "cái đầu tiên": 1, "o segundo": 2, "a última": LAST, "the 3rd video": 3,
                "老三是啥情况": 3, "yg nomer 2 knp": 2}
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


def test_accents_come_off_latin_letters_only() -> None:
    from tools.languages import without_accents

    assert without_accents("khách phàn nàn gì về đơn hàng") == "khach phan nan gi ve don hang"
    assert without_accents("reclamação") == "reclamacao"
    assert without_accents("差评 รีวิว") == "差评 รีวิว"


def test_unaccented_exemplar_copies_are_read_only_for_their_language() -> None:
    from agent.understanding import load_exemplars, typed_without_accents

    unaccented = [item for item in load_exemplars() if item.unaccented]
    assert unaccented and {item.language for item in unaccented} == {"vi"}
    assert typed_without_accents("3 thang gan day khach phan nan gi nhieu")
    assert typed_without_accents("khách phàn nàn gì nhiều nhất")
    assert not typed_without_accents("which products are at risk")
    assert not typed_without_accents("那顶亚麻渔夫帽最近是不是被吐槽了")


def test_thai_title_spans_keep_to_word_boundaries() -> None:
    from agent.understanding import title_spans

    spans = title_spans("คลิปที่ขายมันอยู่ได้ผลมั้ย")
    assert "คลิป" in spans and "ลิป" not in spans  # "clip" holds "lip" only across a word boundary
    particles = title_spans("อันไหนมีสิทธิ์โดนลบบ้าง")
    assert "บ้าง" not in particles and "มี" not in particles  # function words alone name nothing
    assert "โดนลบบ้าง" in particles  # with a content word they are part of a phrase


def test_a_part_too_short_to_hold_a_title_matches_nothing() -> None:
    """"x vs y" splits into one-letter parts: none has a span to embed, so none names a title (this raised)."""
    from agent.understanding import TitleMatcher, title_spans
    from tests.test_kb import HashingEmbedder

    assert title_spans("x") == []
    assert TitleMatcher(HashingEmbedder()).best("x", {"P-1": "Blue Satin Midi Dress"}) is None


class _ConceptEmbedder:
    """Fake encoder: a dimension per concept word (any language), so a question and a title meet only by meaning."""

    name = "test-concepts"
    dimensions = 8
    blind_to: frozenset[str] = frozenset()
    CONCEPTS = {"váy": 0, "dress": 0, "chảo": 1, "pan": 1, "đèn": 2, "lamp": 2}

    def __init__(self) -> None:
        self.passages: list[str] = []

    def _one(self, text: str) -> list[float]:
        vector = [0.01] * self.dimensions
        for word in text.lower().split():
            if word in self.CONCEPTS:
                vector[self.CONCEPTS[word]] += 1.0
        norm = sum(x * x for x in vector) ** 0.5
        return [x / norm for x in vector]

    def embed(self, texts: list[str]) -> list[list[float]]:
        return [self._one(text) for text in texts]

    def embed_passages(self, texts: list[str]) -> list[list[float]]:
        self.passages += texts
        return self.embed(texts)


class _BlindEmbedder:
    """Fake encoder that never saw Vietnamese: every text is the same vector to it."""

    name = "test-blind"
    dimensions = 8
    blind_to = frozenset({"vi"})

    def embed(self, texts: list[str]) -> list[list[float]]:
        return [[1.0] + [0.0] * 7 for _ in texts]


def test_a_title_in_a_language_the_first_encoder_never_saw_is_found_by_the_one_that_reads_it() -> None:
    from agent.understanding import RETRIEVAL_MIN_TITLES, TitleMatcher

    titles = {"P-1": "Blue Dress", "P-2": "Frying Pan", "P-3": "Desk Lamp",
              **{f"P-{n}": f"Other thing {chr(64 + n)}" for n in range(4, 4 + RETRIEVAL_MIN_TITLES)}}
    reader = _ConceptEmbedder()
    matcher = TitleMatcher([_BlindEmbedder(), reader])
    assert matcher.best("cái váy xanh dạo này bị chê gì", titles) == "P-1"
    assert matcher.best("cái chảo này thế nào", titles, strict=True) == "P-2"
    assert "Blue Dress" in reader.passages  # titles are what the question looks for
    few = {item: titles[item] for item in ("P-1", "P-2", "P-3")}
    # Among three titles a lead says nothing: the first encoder's spans decide (this one sees no title).
    assert TitleMatcher([_BlindEmbedder(), _ConceptEmbedder()]).best("cái váy xanh dạo này bị chê gì", few) is None
    # Typed without Vietnamese letters the language is unsure: the first encoder reads it, as before.
    unsure = _ConceptEmbedder()
    TitleMatcher([_BlindEmbedder(), unsure]).best("cai vay xanh", titles)
    assert unsure.passages == []


class _SpansSeeOne:
    """Fake first encoder that never saw Vietnamese: it reads titles by their words, and every span of a question as
    the one title `seen`, by far."""

    name = "test-spans-see-one"
    dimensions = 8
    blind_to = frozenset({"vi"})

    def __init__(self, seen: str) -> None:
        self.seen = seen

    def embed(self, texts: list[str]) -> list[list[float]]:
        vectors = []
        for text in texts:
            meaning = text if text[:1].isupper() else self.seen  # titles are capitalised, spans are not
            vectors.append(_ConceptEmbedder().embed([meaning.lower()])[0])
        return vectors


def test_without_a_clear_lead_the_encoder_that_reads_the_language_must_agree_with_the_first() -> None:
    """"cái váy với đèn" names a dress and a lamp alike to the encoder that reads Vietnamese: the first encoder's
    spans, which read Vietnamese as noise, may break that tie only by picking the same title."""
    from agent.understanding import RETRIEVAL_MIN_TITLES, TitleMatcher

    titles = {"P-1": "Blue Dress", "P-2": "Frying Pan", "P-3": "Desk Lamp",
              **{f"P-{n}": f"Other thing {chr(64 + n)}" for n in range(4, 4 + RETRIEVAL_MIN_TITLES)}}
    question = "cái váy với đèn dạo này bị chê gì"
    assert TitleMatcher([_SpansSeeOne("desk lamp"), _ConceptEmbedder()]).best(question, titles) is None
    assert TitleMatcher([_SpansSeeOne("blue dress"), _ConceptEmbedder()]).best(question, titles) == "P-1"
