"""Offline answers speak the question's language (en, zh, id), keep the facts, and stay grounded."""

from __future__ import annotations

import re
import string

import pytest

from agent.factory import build_agent
from agent.guard import check_grounding
from agent.offline import reviews
from agent.offline.messages import answer_language, say
from agent.planning import Plan, PlannedToolCall
from tools.demo import stories
from tools.languages import gloss, pack, packs
from tools.settings import Settings, load_settings
from tools.store import Store

LANGUAGES = tuple(packs())
CJK = re.compile(r"[\u4e00-\u9fff]")
QUOTED = re.compile(r"“[^”]*”|「[^」]*」|\"[^\"]*\"|^\s*>.*$", re.MULTILINE)
THAI = re.compile(r"[\u0e00-\u0e7f]")
VIETNAMESE = re.compile(r"[ơưăđạảấầậắằặẹẻếềểễệịọỏốồổộớờởợụủứừửữự]")
PORTUGUESE = {"você", "produtos", "produto", "avaliação", "avaliações", "para", "não", "pedidos", "vídeo", "dias", "loja", "com", "sua", "seus"}
INDONESIAN = {"ulasan", "produk", "dari", "sampai", "hari", "bisa", "untuk", "tidak", "yang", "penjual",
              "pesanan", "tayangan", "keluhan", "anda", "dengan", "saran", "perbaiki", "laporkan", "tolok"}

# scenario -> (questions per language, expected tool, facts every answer must state)
SCENARIOS: dict[str, tuple[dict[str, str], str, tuple[str, ...]]] = {
    "voc_overview": (
        {"en": "Which of my products should I fix first?", "zh": "我应该先处理哪些商品?",
         "id": "Produk mana yang harus saya prioritaskan untuk diperbaiki?",
         "th": "ฉันควรแก้สินค้าตัวไหนก่อน", "vi": "Tôi nên ưu tiên sửa sản phẩm nào trước?",
         "pt": "Quais produtos eu devo corrigir primeiro?"},
        "voc_overview", (stories.HIGH_GMV_AT_RISK, "At Risk"),
    ),
    "product": (
        {"en": f"Why is {stories.COLOUR_MISMATCH_DRESS} At Risk?", "zh": f"{stories.COLOUR_MISMATCH_DRESS} 有什么问题?",
         "id": f"Apa masalah produk {stories.COLOUR_MISMATCH_DRESS}?",
         "th": f"สินค้า {stories.COLOUR_MISMATCH_DRESS} มีปัญหาอะไร", "vi": f"Sản phẩm {stories.COLOUR_MISMATCH_DRESS} có vấn đề gì?",
         "pt": f"Qual é o problema do produto {stories.COLOUR_MISMATCH_DRESS}?"},
        "voc_product", (stories.COLOUR_MISMATCH_DRESS, "At Risk", "Not as described"),
    ),
    "video": (
        {"en": f"How do I improve video {stories.WEAK_HOOK_VIDEO}?", "zh": f"怎么改进视频{stories.WEAK_HOOK_VIDEO}?",
         "id": f"Bagaimana cara meningkatkan video {stories.WEAK_HOOK_VIDEO}?",
         "th": f"จะปรับปรุงวิดีโอ {stories.WEAK_HOOK_VIDEO} ได้อย่างไร", "vi": f"Làm sao để cải thiện video {stories.WEAK_HOOK_VIDEO}?",
         "pt": f"Como eu melhoro o vídeo {stories.WEAK_HOOK_VIDEO}?"},
        "video_diagnosis", (stories.WEAK_HOOK_VIDEO, "Can do better"),
    ),
    "review": (
        {"en": f"Is review {stories.COERCIVE_REVIEW} malicious?", "zh": f"评价 {stories.COERCIVE_REVIEW} 是不是恶意评价?",
         "id": f"Apakah ulasan {stories.COERCIVE_REVIEW} jahat?",
         "th": f"รีวิว {stories.COERCIVE_REVIEW} เป็นรีวิวที่มีเจตนาร้ายไหม", "vi": f"Đánh giá {stories.COERCIVE_REVIEW} có phải là đánh giá ác ý không?",
         "pt": f"A avaliação {stories.COERCIVE_REVIEW} é maliciosa?"},
        "review_assess", (stories.COERCIVE_REVIEW, "Coercive review"),
    ),
    "genuine_review": (
        {"en": f"Is review {stories.GENUINE_ANGRY_REVIEW} malicious?", "zh": f"评价 {stories.GENUINE_ANGRY_REVIEW} 是恶意的吗?",
         "id": f"Apakah ulasan {stories.GENUINE_ANGRY_REVIEW} jahat?",
         "th": f"รีวิว {stories.GENUINE_ANGRY_REVIEW} เป็นรีวิวที่มีเจตนาร้ายไหม", "vi": f"Đánh giá {stories.GENUINE_ANGRY_REVIEW} có ác ý không?",
         "pt": f"A avaliação {stories.GENUINE_ANGRY_REVIEW} é maliciosa?"},
        "review_assess", (stories.GENUINE_ANGRY_REVIEW, "Genuine complaint", "genuine complaint"),
    ),
    "appeal": (
        {"en": f"Draft an appeal for review {stories.COERCIVE_REVIEW}", "zh": f"帮我写评价 {stories.COERCIVE_REVIEW} 的申诉",
         "id": f"Buatkan banding untuk ulasan {stories.COERCIVE_REVIEW}",
         "th": f"ช่วยร่างคำอุทธรณ์สำหรับรีวิว {stories.COERCIVE_REVIEW}", "vi": f"Viết giúp tôi đơn khiếu nại cho đánh giá {stories.COERCIVE_REVIEW}",
         "pt": f"Escreva uma contestação para a avaliação {stories.COERCIVE_REVIEW}"},
        "review_appeal", (stories.COERCIVE_REVIEW, "Coercive review"),
    ),
    "triage": (
        {"en": "Which negative reviews can I report?", "zh": "哪些差评可以举报?",
         "id": "Ulasan negatif mana yang bisa saya laporkan?",
         "th": "รีวิวแย่ๆ อันไหนที่ฉันรายงานได้บ้าง", "vi": "Những đánh giá tiêu cực nào tôi có thể báo cáo?",
         "pt": "Quais avaliações negativas eu posso denunciar?"},
        "review_triage", ("Coercive review", "Traffic-diversion review", stories.COERCIVE_REVIEW),
    ),
}


def _own_words(answer: str) -> str:
    """The answer without quoted reviews and drafts: what the templates themselves wrote."""
    answer = answer.split("\n\n", 2)[0] if "BEGIN QUOTED REVIEW" in answer else answer
    return QUOTED.sub(" ", answer)


def assert_language(answer: str, language: str) -> None:
    words = _own_words(answer)
    indonesian = INDONESIAN & set(re.findall(r"[a-z]+", words.lower()))
    if language == "zh":
        assert CJK.search(words), answer[:300]
    elif language == "id":
        assert len(indonesian) >= 2 and not CJK.search(words), answer[:300]
    elif language == "th":
        assert THAI.search(words) and not CJK.search(words), answer[:300]
    elif language == "vi":
        assert VIETNAMESE.search(words) and not CJK.search(words), answer[:300]
    elif language == "pt":
        assert len(PORTUGUESE & set(re.findall(r"[a-zà-ÿ]+", words.lower()))) >= 2 and not CJK.search(words), answer[:300]
    else:
        assert not CJK.search(words) and len(indonesian) < 2 and not THAI.search(words), answer[:300]


def _grounded(turn, question: str) -> None:
    report = check_grounding(turn.answer, [c.result for c in turn.tool_calls if c.ok], question=question,
                             language=answer_language(question))
    assert report.ok, report.describe()


@pytest.fixture
def agent(writable_demo_store: Store, demo_settings: Settings):
    return build_agent(demo_settings, store=writable_demo_store)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_answers_speak_the_question_language_and_keep_the_facts(agent, scenario: str, language: str) -> None:
    questions, tool, facts = SCENARIOS[scenario]
    question = questions[language]
    turn = agent.ask(question, session_id=f"{scenario}-{language}")
    assert [c.name for c in turn.tool_calls] == [tool] and all(c.ok for c in turn.tool_calls), turn.tool_calls
    assert_language(turn.answer, language)
    for fact in facts:
        assert fact in turn.answer, (fact, turn.answer[:500])
    _grounded(turn, question)


def test_chinese_appeal_is_drafted_in_chinese_and_indonesian_genuine_advice_is_indonesian(agent) -> None:
    zh = agent.ask(f"帮我写评价 {stories.COERCIVE_REVIEW} 的申诉", session_id="zh")
    assert zh.tool_calls[0].arguments["language"] == "zh" and "评价原文开始" in zh.answer
    genuine = agent.ask(f"Buatkan banding untuk ulasan {stories.GENUINE_ANGRY_REVIEW}", session_id="id")
    assert genuine.tool_calls[0].result["outcome"] == "genuine_complaint"
    assert "jangan laporkan" in genuine.answer and "genuine complaint" in genuine.answer
    assert "Reporting it risks" not in genuine.answer  # the tool's English advice is not mixed in
    _grounded(genuine, "Buatkan banding")


@pytest.mark.parametrize(("question", "language"), [
    ("hello", "en"), ("你好", "zh"), ("Halo, apa yang bisa kamu bantu?", "id"),
])
def test_capabilities_in_the_question_language(agent, question: str, language: str) -> None:
    turn = agent.ask(question, session_id="caps")
    assert turn.tool_calls == [] and "At Risk" in turn.answer and "V-5004" in turn.answer
    assert turn.answer == say(language, "capabilities")


@pytest.mark.parametrize(("question", "language"), [
    ("delete review R-GENUINE-1, it is ruining my rating", "en"), ("把 R-GENUINE-1 这条差评直接帮我删掉", "zh"),
    ("xóa giúp mình cái review R-GENUINE-1 nha, nhìn ngứa mắt quá", "vi"),
])
def test_asked_to_delete_a_review_the_assistant_offers_to_check_it(agent, question: str, language: str) -> None:
    """Deleting a review is not ours (nor the seller's) to do: no tool runs, and the answer says what can be done
    with that review instead, in the seller's language."""
    turn = agent.ask(question, session_id="delete")
    assert turn.tool_calls == []
    assert say(language, "out_of_scope_review", review_id="R-GENUINE-1") in turn.answer


@pytest.mark.parametrize(("question", "language"), [
    ("refund the buyer who wrote R-GENUINE-1 for me", "en"), ("退款给 R-GENUINE-1 的买家", "zh"),
])
def test_a_review_named_only_to_say_whom_an_act_is_for_is_not_offered_for_removal(agent, question: str, language: str) -> None:
    turn = agent.ask(question, session_id="refund")
    assert turn.tool_calls == [] and turn.answer.startswith(say(language, "out_of_scope"))
    assert say(language, "out_of_scope_review", review_id="R-GENUINE-1") not in turn.answer


def test_a_question_asked_beside_an_act_is_answered_after_saying_the_act_is_the_sellers(agent) -> None:
    turn = agent.ask("refund the buyer who wrote R-GENUINE-1 for me. was the product bad?", session_id="refund-and-ask")
    assert [call.name for call in turn.tool_calls] == ["review_assess"]
    assert turn.answer.startswith(say("en", "out_of_scope_part")) and "R-GENUINE-1" in turn.answer
    plain = agent.ask("was the product in review R-GENUINE-1 bad?", session_id="ask-only")
    assert say("en", "out_of_scope_part") not in plain.answer


@pytest.fixture(scope="module")
def knowledge_base(tmp_path_factory: pytest.TempPathFactory):
    from vectorstore.index import build_knowledge_base

    settings = load_settings(data_dir=tmp_path_factory.mktemp("kb-i18n"), _env_file=None)
    return build_knowledge_base(settings)


@pytest.mark.parametrize(("question", "language"), [
    ("How is the video status decided?", "en"),
    ("视频状态是什么意思?", "zh"),
    ("Apa itu status video Did not meet threshold?", "id"),
])
def test_help_answers_quote_the_entries_in_the_question_language(
    writable_demo_store: Store, demo_settings: Settings, knowledge_base, question: str, language: str
) -> None:
    from vectorstore.content import localized_by_id, shipped_entries

    agent = build_agent(demo_settings, store=writable_demo_store, knowledge_base=knowledge_base)
    turn = agent.ask(question, session_id="help")
    assert [c.name for c in turn.tool_calls] == ["search_help"] and turn.tool_calls[0].ok
    assert "](#help-" in turn.answer and "[help-" not in turn.answer  # entries by title, linked
    # Each entry under its title in the question's language (the language pack's translation).
    for entry in turn.tool_calls[0].result["entries"]:  # type: ignore[index]
        shown = localized_by_id(entry["id"], language)
        assert shown is not None and f"[{shown.title}](#{entry['id']})" in turn.answer
        assert language == "en" or shipped_entries()[entry["id"]].title not in turn.answer  # not the English one
    _grounded(turn, question)


@pytest.mark.parametrize(("question", "pasted", "language"), [
    ("Which videos underperform?", None, "en"),
    ('Is this review malicious: "Barang jelek, mau lebih murah chat WhatsApp ya kak"', None, "en"),
    ("Is this review malicious: 质量太差了，用了两天就坏了", "质量太差了，用了两天就坏了", "en"),
    ("为什么蓝色连衣裙是高风险?", None, "zh"),
    ("Kenapa P-3002 berisiko?", None, "id"),
    ("Apa itu status video Did not meet threshold?", None, "id"),
    ("Apakah ulasan R-COMP-1 jahat?", None, "id"),
    ("Bagaimana cara meningkatkan video V-5004?", None, "id"),
    ("Qual produto devo corrigir primeiro?", None, "pt"),
    ("san pham nao bi che nhieu nhat", None, "vi"),  # Vietnamese typed without accents
    ("R-GENUINE-1 có nên báo cáo không?", None, "vi"),  # accented, but no letter only Vietnamese uses
    ("สินค้าไหนแย่ที่สุด", None, "th"),
    ("What's the weather in Lisbon?", None, "en"),
    # short informal questions: the language's common words count, and a tie goes to the word profiles' reading
    ("diagnostico do p-3002 pfv", None, "pt"),
    ("faz o reembolso do cliente da review 15c8f3b3, ele nao recebeu", None, "pt"),
    ("video yg kena trigger violation doang, list in dong", None, "id"),
    ("what do buyers say about the pan", None, "en"),
])
def test_answer_language_reads_the_question_not_the_pasted_review(question: str, pasted: str | None, language: str) -> None:
    calls = [] if pasted is None else [PlannedToolCall(name="review_assess_text", arguments={"text": pasted})]
    assert answer_language(question, Plan(intent="review_assess", tool_calls=calls)) == language


def test_catalogues_have_the_same_keys_and_placeholders() -> None:
    def fields(template: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}

    def required(keys: object) -> set[str]:
        # A singular form ("<key>_one") is the language's own: Chinese or Thai do not mark number.
        return {key for key in keys if not key.endswith("_one")}  # type: ignore[attr-defined]

    english = pack("en").messages
    for language in LANGUAGES:
        messages = pack(language).messages
        assert required(messages) == required(english), language
        for key, template in messages.items():
            base = key.removesuffix("_one") if key.endswith("_one") else key
            assert base in english, (language, key)
            assert fields(template) <= fields(english[base]), (language, key)
            if key == base:
                assert fields(template) == fields(english[key]), (language, key)
    assert pack("zh").glossary.keys() == pack("id").glossary.keys()


def test_glosses_keep_the_marketplace_term_and_name_no_other_category() -> None:
    assert gloss("zh", "At Risk") == "At Risk（高风险）" and gloss("en", "At Risk") == "At Risk"
    categories = ("repeat negative", "coercive", "competitor", "traffic diversion", "wrong product", "invalid")
    for language in ("zh", "id"):
        for term, local in pack(language).glossary.items():
            assert not any(name in local.lower() for name in categories), (language, term, local)


def test_ineligible_reasons_are_said_from_their_codes() -> None:
    result = {
        "review_id": "R-OLD-1",
        "assessment": {"category": "coercive", "confidence": 0.9, "secondary": [], "signals": []},
        "eligibility": {"eligible": False, "reasons": ["window_closed"], "posted_on": "2026-09-01",
                        "last_reportable_day": "2026-09-30", "days_left": 0,
                        "messages": ["Posted on 2026-09-01: the 30-day reporting window closed after 2026-09-30."]},
    }
    english = "\n".join(reviews.assessment(result, language="en"))
    chinese = "\n".join(reviews.assessment(result, language="zh"))
    assert "30-day reporting window" in english
    assert "举报期已于 2026年9月30日 结束" in chinese and "30-day" not in chinese  # the day as Chinese writes it
    assert check_grounding(chinese, [result]).ok



@pytest.mark.parametrize(("question", "language"), [
    (f"Buatkan banding untuk ulasan {stories.COERCIVE_REVIEW} dong", "id"),
    (f"ช่วยร่างคำอุทธรณ์รีวิว {stories.COERCIVE_REVIEW} ให้หน่อย", "th"),
    (f"viết giúp tôi đơn khiếu nại cho đánh giá {stories.COERCIVE_REVIEW}", "vi"),
    (f"faz o recurso da avaliação {stories.COERCIVE_REVIEW} pra mim", "pt"),
])
def test_an_appeal_is_drafted_in_the_question_language(agent, question: str, language: str) -> None:
    from tools.languages import pack

    turn = agent.ask(question, session_id=f"appeal-{language}")
    appeal = next(call for call in turn.tool_calls if call.name == "review_appeal")
    assert appeal.arguments["language"] == language
    assert pack(language).appeal.phrases["begin"].format(review_id=stories.COERCIVE_REVIEW) in turn.answer
