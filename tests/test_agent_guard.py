"""The numeric guard: numbers, levels, statuses, categories and dates must come from tool results."""

from __future__ import annotations

import pytest

from agent.guard import check_grounding
from agent.vocabulary import Term, default_vocabulary

RESULTS = [
    {
        "product_id": "P-1001",
        "title": "Blue Satin Midi Dress",
        "negative_rate": 0.1234,
        "benchmark_rate": 0.081,
        "ratio_to_benchmark": 1.83,
        "orders": 1234,
        "negative_items": 152,
        "gmv": 10234.5,
        "level": "At Risk",
        "window": {"start": "2026-10-22", "end": "2026-11-20", "days": 30},
        "issues": [{"issue": "not_as_described", "share": 0.56, "mentions": 85}],
    },
    {"video_id": "V-5004", "status": "Can do better", "finish_rate": 0.18, "views": 2450},
    {"review_id": "R-COERCE-1", "category": "coercive", "eligible": True},
]


def unsupported(text: str, *, question: str = "", results: list[object] | None = None) -> list[str]:
    report = check_grounding(text, RESULTS if results is None else results, question=question)
    return [item.text for item in report.unsupported]


@pytest.mark.parametrize(
    "text",
    [
        "The negative rate is 12.3%.",
        "The negative rate is 12%.",
        "The negative rate is 12.34%.",
        "about 12 percent of items",
        "benchmark 8.1%, 1.8× the benchmark",
        "1.83x the category",
        "1,234 orders and 152 negative items",
        "GMV 10,234.50",
        "GMV 10,234.5 or about 10,235 or 10.2k",
        "56% of complaints are not as described (85 mentions)",
        "2,450 views, finish rate 18%",
        "Rp10.234 this month",
        "Window 2026-10-22 to 2026-11-20 (30 days).",
        "差评率12.3%，共1,234单",
        "Tingkat ulasan negatif 12,3 persen",  # decimal comma
    ],
)
def test_supported_numbers_pass(text: str) -> None:
    assert unsupported(text) == []


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("The negative rate is 13%.", ["13%"]),
        ("The negative rate is 12.5%.", ["12.5%"]),
        ("1,235 orders", ["1,235"]),
        ("1,233 orders", ["1,233"]),
        ("2.5× the benchmark", ["2.5×"]),
        ("GMV 10,999.00", ["10,999.00"]),
        ("it will drop to 4% in 14 days", ["4%", "14"]),
        ("since 2026-11-01", ["2026-11-01"]),
        ("refund 45.90 to the buyer", ["45.90"]),
    ],
)
def test_unsupported_numbers_are_listed(text: str, bad: list[str]) -> None:
    assert unsupported(text) == bad


def test_counts_are_exact_even_when_a_rate_would_round_to_them() -> None:
    # 0.1234 supports "12%" but not a count of 12 items
    assert unsupported("12 items", results=[{"negative_rate": 0.1234}]) == ["12"]
    assert unsupported("3 items") == []  # small list numbers are free


def test_list_numbering_and_numbers_from_the_question_are_allowed() -> None:
    text = "Top products:\n1. P-1001\n2. P-2001\n3. P-3001\nYou asked about the last 90 days and 25%."
    assert unsupported(text, question="What changed in the last 90 days? Is 25% bad?") == []
    assert unsupported(text) == ["90", "25%"]


def test_identifiers_and_citations_are_not_read_as_numbers() -> None:
    assert unsupported("P-1001 and V-5004 and R-COERCE-1, see [PB-COLOUR-01] and [HELP-LEVELS-2]") == []


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("P-1001 is At Risk.", []),
        ("P-1001 is AT_RISK.", []),
        ("P-1001 is Needs Attention.", ["Needs Attention"]),
        ("P-1001 is at market average", []),  # lower-case prose is not a level label
        ("P-1001 is Market Average", ["Market Average"]),
        ("V-5004: Can do better.", []),
        ("V-5004 has Good performance", ["Good performance"]),
        ("V-5004 is In Evaluation", ["In Evaluation"]),
        ("V-5004: Trigger violation", ["Trigger violation"]),
        ("V-5004 Did not meet threshold", ["Did not meet threshold"]),
        ("You can do better with a stronger hook.", []),
        ("This is a coercive review.", []),
        ("This is a Competitor review.", ["Competitor review"]),
        ("a traffic-diversion review", ["traffic-diversion review"]),
    ],
)
def test_levels_statuses_and_categories_must_be_in_the_results(text: str, bad: list[str]) -> None:
    assert unsupported(text) == bad


def test_a_label_mentioned_twice_is_listed_twice_and_longest_form_wins() -> None:
    report = check_grounding("Repeated malicious reviews, repeated malicious reviews.", RESULTS)
    assert [item.kind for item in report.unsupported] == ["category", "category"]
    assert report.unsupported[0].text == "Repeated malicious reviews"


def test_labels_are_backed_by_enum_forms_in_results_not_by_keys() -> None:
    assert unsupported("It is Needs Attention", results=[{"level": "NEEDS_ATTENTION"}]) == []
    assert unsupported("it is At Risk", results=[{"note": "was At Risk last month"}]) == ["At Risk"]
    # A review's check scores every category and has a "report" field (null for a review never reported): neither
    # says the review is coercive or should be reported. The local model wrote "the seller should report the review"
    # of a genuine complaint and the field name let it through.
    genuine = [{"review_id": "R-2", "category": "not_malicious", "decision": "do_not_report", "report": None,
                "scores": {"coercive": 0.0, "not_malicious": 1.0}}]
    assert unsupported("This is a coercive review.", results=genuine) == ["coercive review"]
    assert unsupported("If it goes on, the seller should report the review.", results=genuine) == ["should report the review"]


def test_the_vocabulary_takes_the_reviews_tools_real_ids() -> None:
    vocabulary = default_vocabulary().with_terms(Term("category", "extortion", evidence=("MAL-02",), case_sensitive_initial=False))
    report = check_grounding("an extortion attempt", [{"category_id": "MAL-02"}], vocabulary=vocabulary)
    assert report.ok and [item.text for item in report.checked] == ["extortion"]


def test_the_report_describes_what_is_unsupported() -> None:
    report = check_grounding("13% and Needs Attention", RESULTS)
    assert not report.ok
    assert report.describe() == (
        "- percent '13%' is not in the tool results\n- level 'Needs Attention' is not in the tool results"
    )


def test_booleans_and_nulls_are_not_evidence() -> None:
    assert unsupported("1 review, 0 left", results=[{"eligible": True, "x": None}]) == ["0"]


def test_an_answer_without_values_is_ok() -> None:
    report = check_grounding("Reply politely and offer a replacement.", [])
    assert report.ok and report.checked == []


def test_decimal_commas_are_read_as_decimals() -> None:
    assert unsupported("negatif 12,5 persen") == ["12,5 persen"]
    assert unsupported("rasio 1,83") == []


def test_text_quoted_verbatim_from_a_result_is_grounded_by_being_a_copy() -> None:
    results = [{"review_id": "R-9", "text": "Waited 14 days, Good performance my foot", "rating": 1}]
    assert unsupported('The buyer wrote: "Waited 14 days, Good performance my foot".', results=results) == []
    assert unsupported("The buyer waited 14 days.", results=results) == []  # numbers inside strings count too
    assert unsupported("The buyer waited 15 days; Good performance.", results=results) == ["15", "Good performance"]


def test_unsupported_items_are_listed_in_text_order() -> None:
    assert unsupported("Needs Attention at 20% since 2026-01-01") == ["Needs Attention", "20%", "2026-01-01"]


def test_a_whole_line_quoted_from_a_help_page_is_grounded_but_a_bare_label_is_not() -> None:
    page = {"text": "## Statuses\n1. **Trigger violation**: a policy violation was recorded in the window, which cuts traffic."}
    quoted = "Video statuses:\n1. **Trigger violation**: a policy violation was recorded in the window, which cuts traffic."
    assert check_grounding(quoted, [page]).ok
    assert not check_grounding("Your video is Trigger violation.", [page]).ok


def test_a_label_must_belong_to_the_item_it_is_said_of() -> None:
    results = [{"videos": [
        {"video_id": "V-5001", "status": "Trigger violation"},
        {"video_id": "V-5005", "status": "Good performance"},
    ]}]
    assert check_grounding("V-5005 has Good performance.", results).ok
    wrong = check_grounding("V-5001 has Good performance. V-5005 is fine.", results)
    assert [item.kind for item in wrong.unsupported] == ["association"]
    # a sentence naming no item is only checked for existence
    assert check_grounding("One video is Trigger violation.", results).ok


def test_a_review_said_to_be_not_malicious_must_be_so() -> None:
    verdict = [{"review_id": "R-REP-4", "assessment": {"review_id": "R-REP-4", "category": "repeat_negative"}}]
    assert check_grounding("Review R-REP-4 is **repeat_negative**.", verdict).ok
    assert not check_grounding("Review R-REP-4 is not malicious.", verdict).ok


def test_numbers_and_dates_written_the_answer_languages_way_are_read_as_such() -> None:
    from tools.languages import formatting

    results = [{"rate": 0.1234, "views": 70700, "gmv": 1234.5, "day": "2026-11-20"}]
    for language in ("pt", "id", "vi"):
        text = (f"{formatting.percent(0.1234, language)} · {formatting.number(70700, language)} · "
                f"{formatting.money(1234.5, 'BRL', language)} · {formatting.day('2026-11-20', language)}")
        assert check_grounding(text, results, language=language).ok, (language, text)
    # Read as Portuguese, "70.800" is seventy thousand eight hundred: not in the results.
    assert not check_grounding("70.800 visualizações", results, language="pt").ok
    assert not check_grounding("21 de nov. de 2026", results, language="pt").ok


def test_telling_the_seller_to_check_first_or_not_to_report_needs_that_decision() -> None:
    checked = [{"review_id": "R-1", "category": "repeat_negative", "decision": "check_first"}]
    assert unsupported("R-1: check it first, then decide.", results=checked) == []
    assert unsupported("R-1: don't report it yet.", results=checked) == ["don't report"]
    genuine = [{"review_id": "R-2", "category": "not_malicious", "decision": "do_not_report"}]
    assert unsupported("Don't report R-2; fix the zipper.", results=genuine) == []
    assert unsupported("Check before you report R-2.", results=genuine) == ["Check before you report"]


def test_telling_the_seller_to_report_needs_that_decision() -> None:
    # A small model wrote "The review is not malicious, and the seller can report it" of a genuine complaint.
    genuine = [{"review_id": "R-2", "category": "not_malicious", "decision": "do_not_report"}]
    assert unsupported("R-2 is not malicious, and the seller can report it.", results=genuine) == ["can report it"]
    assert unsupported("R-2 is genuine: not worth reporting. You cannot report it as abuse.", results=genuine) == []
    reported = [{"review_id": "R-3", "category": "coercive", "decision": "report"}]
    assert unsupported("R-3 is a coercive review: you should report it, it is worth reporting.", results=reported) == []


def test_an_answer_may_repeat_what_an_earlier_answer_of_the_conversation_said() -> None:
    # A small model's fix-first answer recalled the review checked a turn before as "traffic diversion": not in this
    # turn's results, but checked when it was said.
    from agent.models import ToolCallRecord
    from agent.writer import check_answer

    text = "Fix P-3002 first. The review you checked before, R-WA-1, is traffic diversion; 23.3% of its orders were negative."
    records = [ToolCallRecord(name="voc_overview", result={"products": [{"product_id": "P-3002", "level": "At Risk"}]})]
    alone = check_answer(text, "which product first?", records, [])
    assert {item.text.lower() for item in alone.unsupported} >= {"traffic diversion", "23.3%"}
    earlier = ["R-WA-1 is a Traffic diversion review: it sends buyers to WhatsApp. P-3002: 23.3% negative orders."]
    assert check_answer(text, "which product first?", records, [], earlier=earlier).ok


@pytest.mark.parametrize(("language", "wrong", "right", "eligibility"), [
    ("zh", "R-2 不是恶意评价，建议举报。", "R-2 是真实差评，不要举报，先解决问题。", "R-2 可以举报，截止日期 2026年12月10日。"),
    ("id", "R-2 bukan ulasan jahat, tapi sebaiknya dilaporkan.", "R-2 keluhan asli: jangan laporkan.", "R-2 bisa dilaporkan sampai 10 Des 2026."),
    ("th", "R-2 ไม่ใช่รีวิวที่มีเจตนาร้าย แต่ควรรายงาน", "R-2 เป็นคำร้องเรียนจริง อย่ารายงาน", "R-2 รายงานได้ถึงวันที่ 10 ธ.ค. 2026"),
    ("vi", "R-2 không ác ý nhưng bạn nên báo cáo.", "R-2 là phàn nàn chính đáng: đừng báo cáo.", "Có thể báo cáo R-2 đến hết ngày 10 thg 12, 2026."),
    ("pt", "R-2 não é maliciosa, mas você deve denunciá-la.", "R-2 é uma reclamação legítima: não a denuncie.",
     "R-2 pode ser denunciada até 10 de dez. de 2026."),
])
def test_the_review_decision_is_checked_in_every_language(language: str, wrong: str, right: str, eligibility: str) -> None:
    # The decision phrases live in each language pack (`answers.review_decisions`); saying the review is still within its
    # reporting window is not advice to report it.
    genuine = [{"review_id": "R-2", "category": "not_malicious", "decision": "do_not_report", "last_day": "2026-12-10"}]
    assert [item.kind for item in check_grounding(wrong, genuine, language=language).unsupported] == ["decision"]
    assert check_grounding(right, genuine, language=language).ok
    assert check_grounding(eligibility, genuine, language=language).ok
    reported = [{"review_id": "R-3", "category": "coercive", "decision": "report"}]  # the genuine category is wrong too
    said_of_reported = check_grounding(right.replace("R-2", "R-3"), reported, language=language)
    assert {item.kind for item in said_of_reported.unsupported} == {"category", "decision"}


@pytest.mark.parametrize(("language", "said"), [
    ("zh", "R-3 是一条胁迫性评价。"),
    ("id", "R-3 adalah ulasan pemerasan."),
    ("th", "R-3 เป็นรีวิวเชิงข่มขู่"),
    ("vi", "R-3 là đánh giá mang tính ép buộc."),
    ("pt", "R-3 é uma avaliação com chantagem."),
    ("en", "R-3 is an unfair review by a competitor."),
])
def test_a_category_named_in_the_answers_language_must_be_the_results(language: str, said: str) -> None:
    genuine = [{"review_id": "R-3", "category": "not_malicious", "decision": "do_not_report"}]
    assert [item.kind for item in check_grounding(said, genuine, language=language).unsupported] == ["category"]
