"""Write `evals/datasets/chat.jsonl`: seller questions with expected tools and facts computed by the tools.

Each question names its expected tool call; this script runs that call with the real domain tools on
the pinned demo (seed 7, scale "small", end 2026-11-20, as in tests/conftest.py) and reads the facts
from the result (`evals/chat_facts.py`). Ids come from `tools/demo/stories.py`; titles from the store.
Run: `python -m evals.build_chat_cases` (about half a minute: it generates the demo in a temp dir).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from evals.cases import DATASETS_DIR, ChatCase, ExpectedToolCall, Fact, ReplayStep, write_cases
from evals.chat_facts import FACTS_BY_TOOL, early_warning_facts, healthy_excluded
from evals.environment import DEMO_END_DATE, EvalEnvironment, build_eval_environment
from tools.demo import stories as s

UNDERPERFORMING = ["Trigger violation", "Did not meet threshold", "Can do better"]
RUBRIC = {
    "voc": "Gives the product's level and the main issue from the data, explains why briefly, and suggests actions only with a playbook citation.",
    "video": "Gives the video's status from the data, names the weakest funnel stage or the violation, and gives concrete suggestions with citations.",
    "reviews": "Gives the category and eligibility from the tools; a genuine complaint is called genuine and not recommended for reporting.",
    "appeals": "Presents a draft with category, numbered evidence, attachments and the quoted review, or explains why no appeal should be filed; never files it.",
    "how_it_works": "Explains the rule from the help or playbook entries it cites, without inventing thresholds or numbers.",
}


@dataclass(frozen=True)
class Question:
    key: str
    language: str
    area: str
    text: str
    tool: str
    arguments: dict[str, Any] = field(default_factory=dict)
    run_arguments: dict[str, Any] = field(default_factory=dict)  # extra arguments to compute the facts (not checked)
    setup: tuple[str, ...] = ()
    facts: str | None = None  # a named fact reader instead of the tool's default
    also: tuple[tuple[str, dict[str, Any]], ...] = ()  # further tools the answer needs (facts come from the first)


def questions(title: Callable[[str], str], second_product: str) -> list[Question]:
    dress, perfume, charger, earbuds = (title(p) for p in (s.COLOUR_MISMATCH_DRESS, s.PERFUME_EMPTY_BOTTLES, s.CHARGER_OVERCLAIM, s.HIGH_GMV_AT_RISK))
    q = Question
    fix_first = ("voc_overview", {})
    return [
        # --- VoC --------------------------------------------------------------------------
        q("fix-first-en", "en", "voc", "Which of my products should I fix first?", *fix_first, facts="fix_first"),
        q("fix-first-zh", "zh", "voc", "我应该先处理哪些商品?", *fix_first, facts="fix_first"),
        q("fix-first-id", "id", "voc", "Produk mana yang harus saya prioritaskan untuk diperbaiki?", *fix_first, facts="fix_first"),
        q("at-risk-list-en", "en", "voc", "Which products are At Risk?", "voc_overview", {"levels": ["At Risk"]}),
        q("at-risk-7d-en", "en", "voc", "Which products are At Risk in the last 7 days?", "voc_overview", {"levels": ["At Risk"], "window_days": 7}),
        q("unhappy-id", "id", "voc", "Pelanggan paling banyak keluhan soal produk apa?", *fix_first, facts="fix_first"),
        q("dress-why-en", "en", "voc", f"Why is the {dress} At Risk?", "voc_product", {"product_id": s.COLOUR_MISMATCH_DRESS}),
        q("dress-id-en", "en", "voc", f"What's wrong with {s.COLOUR_MISMATCH_DRESS}?", "voc_product", {"product_id": s.COLOUR_MISMATCH_DRESS}),
        q("dress-why-zh", "zh", "voc", "为什么蓝色连衣裙是高风险?", "voc_product", {"product_id": s.COLOUR_MISMATCH_DRESS}),
        q("dress-why-id", "id", "voc", "Kenapa gaun biru saya berisiko?", "voc_product", {"product_id": s.COLOUR_MISMATCH_DRESS}),
        q("perfume-en", "en", "voc", f"What are customers complaining about on {s.PERFUME_EMPTY_BOTTLES}?", "voc_product", {"product_id": s.PERFUME_EMPTY_BOTTLES}),
        q("perfume-zh", "zh", "voc", f"{s.PERFUME_EMPTY_BOTTLES} 有什么问题?", "voc_product", {"product_id": s.PERFUME_EMPTY_BOTTLES}),
        q("perfume-id", "id", "voc", f"Apa masalah produk {s.PERFUME_EMPTY_BOTTLES}?", "voc_product", {"product_id": s.PERFUME_EMPTY_BOTTLES}),
        q("charger-en", "en", "voc", f"Why is {s.CHARGER_OVERCLAIM} getting so many complaints?", "voc_product", {"product_id": s.CHARGER_OVERCLAIM}),
        q("charger-zh", "zh", "voc", "充电器为什么差评这么多?", "voc_product", {"product_id": s.CHARGER_OVERCLAIM}),
        q("earbuds-id", "id", "voc", f"Kenapa {s.HIGH_GMV_AT_RISK} berisiko?", "voc_product", {"product_id": s.HIGH_GMV_AT_RISK}),
        q("earbuds-title-en", "en", "voc", f"Why is the {earbuds} at risk?", "voc_product", {"product_id": s.HIGH_GMV_AT_RISK}),
        q("bestseller-en", "en", "voc", f"Do customers complain about {s.HEALTHY_BESTSELLER}?", "voc_product", {"product_id": s.HEALTHY_BESTSELLER}),
        q("tiny-en", "en", "voc", f"What is wrong with {s.TINY_PRODUCTS[0]}?", "voc_product", {"product_id": s.TINY_PRODUCTS[0]}),
        q("rising-en", "en", "voc", "Are any problems rising this week?", "voc_overview", {}, facts="early_warnings"),
        q("rising-zh", "zh", "voc", "最近有什么问题在上升?", "voc_overview", {}, facts="early_warnings"),
        q("rising-id", "id", "voc", "Ada keluhan yang meningkat minggu ini?", "voc_overview", {}, facts="early_warnings"),
        q("second-en", "en", "voc", "Why is the second one at risk?", "voc_product", {"product_id": second_product},
          setup=("Which of my products should I fix first?",)),
        q("second-zh", "zh", "voc", "第二个为什么有风险?", "voc_product", {"product_id": second_product}, setup=("我应该先处理哪些商品?",)),
        q("second-id", "id", "voc", "Kenapa yang kedua berisiko?", "voc_product", {"product_id": second_product},
          setup=("Produk mana yang harus saya prioritaskan?",)),
        # --- videos -----------------------------------------------------------------------
        q("videos-under-en", "en", "video", "Which of my videos are underperforming?", "video_overview", {"statuses": UNDERPERFORMING}, {"sort": "revenue"}),
        q("videos-under-zh", "zh", "video", "哪些视频表现不好?", "video_overview", {"statuses": UNDERPERFORMING}, {"sort": "revenue"}),
        q("videos-under-id", "id", "video", "Video mana yang kinerjanya buruk?", "video_overview", {"statuses": UNDERPERFORMING}, {"sort": "revenue"}),
        q("videos-all-en", "en", "video", "How are my videos doing overall?", "video_overview", {}),
        q("hook-en", "en", "video", f"How can I improve video {s.WEAK_HOOK_VIDEO}?", "video_diagnosis", {"video_id": s.WEAK_HOOK_VIDEO}),
        q("hook-zh", "zh", "video", f"怎么改进视频{s.WEAK_HOOK_VIDEO}?", "video_diagnosis", {"video_id": s.WEAK_HOOK_VIDEO}),
        q("hook-id", "id", "video", f"Bagaimana cara meningkatkan video {s.WEAK_HOOK_VIDEO}?", "video_diagnosis", {"video_id": s.WEAK_HOOK_VIDEO}),
        q("violation-en", "en", "video", f"Why did video {s.VIOLATION_VIDEO} get flagged?", "video_diagnosis", {"video_id": s.VIOLATION_VIDEO}),
        q("violation-zh", "zh", "video", f"视频{s.VIOLATION_VIDEO}为什么被限流?", "video_diagnosis", {"video_id": s.VIOLATION_VIDEO}),
        q("threshold-en", "en", "video", f"What's the status of video {s.UNDER_THRESHOLD_VIDEO}?", "video_diagnosis", {"video_id": s.UNDER_THRESHOLD_VIDEO}),
        q("not-shoppable-zh", "zh", "video", f"视频{s.NOT_SHOPPABLE_VIDEO}为什么没有效果?", "video_diagnosis", {"video_id": s.NOT_SHOPPABLE_VIDEO}),
        q("good-id", "id", "video", f"Kenapa video {s.GOOD_VIDEO} bagus?", "video_diagnosis", {"video_id": s.GOOD_VIDEO}),
        q("evaluating-en", "en", "video", f"How is video {s.IN_EVALUATION_VIDEO} doing?", "video_diagnosis", {"video_id": s.IN_EVALUATION_VIDEO}),
        q("overclaim-en", "en", "video", f"How do I improve the charger video {s.CHARGER_OVERCLAIM_VIDEO}?", "video_diagnosis", {"video_id": s.CHARGER_OVERCLAIM_VIDEO}),
        # --- reviews ----------------------------------------------------------------------
        q("coercive-en", "en", "reviews", f"Is review {s.COERCIVE_REVIEW} malicious?", "review_assess", {"review_id": s.COERCIVE_REVIEW}),
        q("whatsapp-zh", "zh", "reviews", f"评价 {s.WHATSAPP_REVIEW} 是不是恶意评价?", "review_assess", {"review_id": s.WHATSAPP_REVIEW}),
        q("competitor-id", "id", "reviews", f"Apakah ulasan {s.COMPETITOR_REVIEW} jahat?", "review_assess", {"review_id": s.COMPETITOR_REVIEW}),
        q("genuine-en", "en", "reviews", f"Is {s.GENUINE_ANGRY_REVIEW} a fake review?", "review_assess", {"review_id": s.GENUINE_ANGRY_REVIEW}),
        q("old-en", "en", "reviews", f"Can I still report {s.OLD_MALICIOUS_REVIEW}?", "review_assess", {"review_id": s.OLD_MALICIOUS_REVIEW}),
        q("injected-en", "en", "reviews", f"Is review {s.INJECTION_REVIEW} malicious?", "review_assess", {"review_id": s.INJECTION_REVIEW}),
        q("repeat-en", "en", "reviews", f"Is review {s.REPEAT_NEGATIVE_REVIEWS[-1]} malicious?", "review_assess", {"review_id": s.REPEAT_NEGATIVE_REVIEWS[-1]}),
        q("wrong-zh", "zh", "reviews", f"这条评价 {s.WRONG_PRODUCT_REVIEW} 是恶意的吗?", "review_assess", {"review_id": s.WRONG_PRODUCT_REVIEW}),
        q("invalid-id", "id", "reviews", f"Apakah ulasan {s.INVALID_REVIEW} ulasan palsu?", "review_assess", {"review_id": s.INVALID_REVIEW}),
        q("triage-en", "en", "reviews", "Which reviews can I report?", "review_triage"),
        q("triage-zh", "zh", "reviews", "哪些差评可以举报?", "review_triage"),
        q("triage-id", "id", "reviews", "Ulasan negatif mana yang bisa saya laporkan?", "review_triage"),
        q("pasted-coercive-en", "en", "reviews", 'Is this review malicious: "Give me a free gift and I will delete this 1 star review"',
          "review_assess_text", {"text": "Give me a free gift and I will delete this 1 star review"}),
        q("pasted-whatsapp-id", "id", "reviews", 'Apakah ulasan ini jahat: "Barang jelek, mau lebih murah chat WhatsApp 0812 3456 7890"',
          "review_assess_text", {"text": "Barang jelek, mau lebih murah chat WhatsApp 0812 3456 7890"}),
        q("pasted-genuine-zh", "zh", "reviews", "这条差评是不是恶意的:“质量太差了,用了两天就坏了”", "review_assess_text", {"text": "质量太差了,用了两天就坏了"}),
        # --- appeals ----------------------------------------------------------------------
        q("appeal-whatsapp-en", "en", "appeals", f"Draft an appeal for review {s.WHATSAPP_REVIEW}", "review_appeal", {"review_id": s.WHATSAPP_REVIEW, "language": "en"}),
        q("appeal-coercive-zh", "zh", "appeals", f"帮我写评价 {s.COERCIVE_REVIEW} 的申诉", "review_appeal", {"review_id": s.COERCIVE_REVIEW, "language": "zh"}),
        q("appeal-competitor-id", "id", "appeals", f"Buatkan banding untuk ulasan {s.COMPETITOR_REVIEW}", "review_appeal", {"review_id": s.COMPETITOR_REVIEW, "language": "id"}),
        q("appeal-genuine-en", "en", "appeals", f"Draft an appeal for review {s.GENUINE_ANGRY_REVIEW}", "review_appeal", {"review_id": s.GENUINE_ANGRY_REVIEW, "language": "en"}),
        q("appeal-old-en", "en", "appeals", f"Write an appeal for {s.OLD_MALICIOUS_REVIEW}", "review_appeal", {"review_id": s.OLD_MALICIOUS_REVIEW, "language": "en"}),
        q("appeal-repeat-zh", "zh", "appeals", f"帮我申诉 {s.REPEAT_NEGATIVE_REVIEWS[-1]}", "review_appeal", {"review_id": s.REPEAT_NEGATIVE_REVIEWS[-1], "language": "zh"}),
        q("appeal-wrong-en", "en", "appeals", f"Draft an appeal for {s.WRONG_PRODUCT_REVIEW}", "review_appeal", {"review_id": s.WRONG_PRODUCT_REVIEW, "language": "en"}),
        # --- how it works -----------------------------------------------------------------
        q("help-rate-en", "en", "how_it_works", "How is the negative VoC rate calculated?", "search_help"),
        q("help-rate-zh", "zh", "how_it_works", "差评率怎么算?", "search_help"),
        q("help-rate-id", "id", "how_it_works", "Bagaimana cara menghitung tingkat ulasan negatif?", "search_help"),
        q("help-status-en", "en", "how_it_works", "What does Can do better mean for a video?", "search_help"),
        q("help-status-id", "id", "how_it_works", "Apa itu status video Did not meet threshold?", "search_help"),
        q("help-dash-en", "en", "how_it_works", "What does the level '-' mean?", "search_help"),
        q("help-window-en", "en", "how_it_works", "How long do I have to report a malicious review?", "search_help"),
        q("help-categories-zh", "zh", "how_it_works", "什么是恶意评价?有哪些类型?", "search_help"),
        # What to do about an issue: what worked elsewhere, and which of the shop's products have it.
        q("playbook-colour-en", "en", "how_it_works", "How do I fix colour complaints on my dress?", "search_playbook", {"tags": ["not_as_described"]},
          also=(("voc_overview", {"issue": "not_as_described"}),)),
        q("playbook-colour-zh", "zh", "how_it_works", "颜色差异的差评怎么解决?", "search_playbook", {"tags": ["not_as_described"]},
          also=(("voc_overview", {"issue": "not_as_described"}),)),
        q("playbook-late-id", "id", "how_it_works", "Bagaimana mengatasi keluhan pengiriman terlambat?", "search_playbook", {"tags": ["logistics_delay"]},
          also=(("voc_overview", {"issue": "logistics_delay"}),)),
    ]


def _facts(question: Question, result: dict[str, Any], all_products: list[dict[str, Any]]) -> tuple[list[Fact], list[Fact]]:
    if question.facts == "early_warnings":
        return early_warning_facts(result)
    must, must_not = FACTS_BY_TOOL[question.tool](result)
    if question.facts == "fix_first":
        must_not = [*must_not, *healthy_excluded(all_products)]
    return must, must_not


REPLAY_LEAD = {
    "en": "Here is what the data says.",
    "zh": "根据店铺的数据，这里是结论，所有数字都直接来自工具结果，请按下面的情况处理：",
    "id": "Berikut yang ditunjukkan data toko Anda.",
}


# The setup turn's answer names the products it lists (an answer that states nothing the tools found is refused).
REPLAY_SETUP = {
    "en": "Here are your products, most urgent first: {ids}.",
    "zh": "这是你店里的商品，最紧急的排在最前面：{ids}。",
    "id": "Ini produk Anda, yang paling mendesak lebih dulu: {ids}.",
}


def replay_steps(case_number: int, question: Question, arguments: dict[str, Any], must: list[Fact],
                 urgent: Sequence[str] = ()) -> list[ReplayStep]:
    """Scripted model turns: call the expected tool, then answer with the facts.

    Earlier turns of the session get their own scripted turns first. Every fifth case answers with an
    invented figure, so replay also exercises the numeric guard's rejection and the offline fallback.
    """
    steps = []
    for _ in question.setup:
        steps += [ReplayStep(tool_calls=[ExpectedToolCall(name="voc_overview")], prompt_tokens=900, completion_tokens=30),
                  ReplayStep(text=REPLAY_SETUP.get(question.language, REPLAY_SETUP["en"]).format(ids=", ".join(urgent)),
                             prompt_tokens=1400, completion_tokens=20)]
    stated = "; ".join(f"{fact.kind.replace('_', ' ')}: {fact.value}" for fact in must) or "Done."
    # In the question's language, as a model is asked to write (the guard refuses an answer in another script).
    final = f"{REPLAY_LEAD.get(question.language, REPLAY_LEAD['en'])} {stated}."
    if case_number % 5 == 4:
        final = f"{final} About 87.5% of buyers agree."
    calls = [ExpectedToolCall(name=question.tool, arguments=arguments),
             *(ExpectedToolCall(name=name, arguments=extra) for name, extra in question.also)]
    return [*steps, ReplayStep(tool_calls=calls, prompt_tokens=900, completion_tokens=30),
            ReplayStep(text=final, prompt_tokens=1400, completion_tokens=80)]


def build_cases(env: EvalEnvironment) -> list[ChatCase]:
    from agent.domain.deps import ToolDeps
    from agent.domain.toolbox import build_domain_toolbox

    toolbox = build_domain_toolbox(ToolDeps(store=env.store, settings=env.settings, knowledge_base=env.knowledge_base, as_of=DEMO_END_DATE))
    titles = dict(env.store.query("SELECT product_id, title FROM products"))
    overview = toolbox.call("voc_overview", {"limit": 50})
    if not overview.ok or not isinstance(overview.result, dict):
        raise RuntimeError(f"voc_overview failed on the demo: {overview.error}")
    all_products = overview.result["products"]
    urgent = [product["product_id"] for product in toolbox.call("voc_overview", {}).result["products"]]  # type: ignore[index]
    second_product = urgent[1]
    cases = []
    for number, question in enumerate(questions(lambda pid: titles[pid], second_product)):
        arguments = {**question.arguments, **question.run_arguments}
        if question.tool in ("search_help", "search_playbook"):
            arguments = {"query": question.text, **arguments}
        record = toolbox.call(question.tool, arguments)
        if not record.ok or not isinstance(record.result, dict):
            raise RuntimeError(f"{question.key}: {question.tool}({arguments}) failed: {record.error}")
        must, must_not = _facts(question, record.result, all_products)
        cases.append(ChatCase(
            id=f"chat-{question.key}", language=question.language, area=question.area,  # type: ignore[arg-type]
            question=question.text, setup_questions=list(question.setup),
            expected_tools=[ExpectedToolCall(name=question.tool, arguments=question.arguments),
                            *(ExpectedToolCall(name=name, arguments=extra) for name, extra in question.also)],
            must_state=must, must_not_state=must_not, rubric=RUBRIC[question.area],
            replay=replay_steps(number, question, arguments, must, urgent[:3]),
        ))
    return cases


def main() -> None:
    env = build_eval_environment()
    try:
        cases = build_cases(env)
    finally:
        env.close()
    write_cases(DATASETS_DIR / "chat.jsonl", cases)
    counts = {language: sum(1 for case in cases if case.language == language) for language in ("en", "zh", "id")}
    print(f"wrote {len(cases)} chat cases {counts}")


if __name__ == "__main__":
    main()
