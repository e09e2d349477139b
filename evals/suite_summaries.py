"""The summaries suite: every At Risk / Needs Attention product's summary and action plan, in six languages.

Deterministic (the offline writer). Per product and language it checks:
- faithfulness: every number outside a quote is one of the diagnosis's own figures as the language formats them,
  every quote in the summary is a buyer's words from the product's feedback, and every quote in the plan is the
  title of a video that sells the product;
- coverage: each of the product's top three issues is named;
- language: the summary's own words (quotes and buyers' keywords taken out) read as the seller's language;
- length: at most four sentences and 700 characters; three to five steps when there is an issue to act on.

It covers the demo and the imported Olist fixture (a real-format shop). The Olist shop has too few orders per
product for a level, so its products with negative feedback in the last 90 days stand in for At Risk / Needs
Attention ones.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from evals.environment import EvalEnvironment
from evals.metrics import mean, share
from evals.results import CaseResult, SuiteResult
from tools.context import ShopContext
from tools.settings import Settings
from tools.store import Store
from tools.voc.models import ProductDiagnosis, VocLevel

LANGUAGES = ("en", "zh", "id", "th", "vi", "pt")
WORRYING = (VocLevel.AT_RISK, VocLevel.NEEDS_ATTENTION)
MAX_SENTENCES = 4
MAX_CHARS = 700
_QUOTE = re.compile(r"“([^”]*)”")
_SENTENCE = re.compile(r"[.!?。！？](?=\s|$)|。")
OLIST = Path(__file__).resolve().parents[1] / "tests" / "data" / "import" / "exports" / "olist"


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()


def check(d: ProductDiagnosis, language: str) -> tuple[dict[str, float], list[str]]:
    """(metrics, failures) for one product's summary and plan in one language."""
    from tools.voc.summary import TOP_ISSUES, invented_quotes, own_words, reads_as, unnamed_issues, unstated_figures

    assert d.summary is not None
    failures: list[str] = []
    stray = sorted({token for text in [d.summary.text, *(step.text for step in d.action_plan)]
                    for token in unstated_figures(d, text, language)})
    if stray:
        failures.append(f"numbers not in the diagnosis: {stray}")
    invented = invented_quotes(d, d.summary.text)
    titles = {_plain(video.title) for video in d.videos_to_check}
    invented += [quote for step in d.action_plan for quote in _QUOTE.findall(step.text) if _plain(quote) not in titles]
    if invented:
        failures.append(f"quotes not in the feedback: {invented}")
    top = d.issues[:TOP_ISSUES]
    unnamed = unnamed_issues(d, d.summary.text, language)
    if unnamed:
        failures.append(f"issues not named: {[issue.tag for issue in unnamed]}")
    words = own_words(d, d.summary.text)
    read_as = reads_as(d, d.summary.text)
    if read_as not in (language, "und"):
        failures.append(f"summary reads as {read_as}, not {language}")
    sentences = len(_SENTENCE.findall(words)) or 1
    length_ok = sentences <= MAX_SENTENCES and len(d.summary.text) <= MAX_CHARS
    if not length_ok:
        failures.append(f"summary too long: {sentences} sentences, {len(d.summary.text)} characters")
    if d.issues and not 3 <= len(d.action_plan) <= 5:
        failures.append(f"{len(d.action_plan)} steps in the plan")
    metrics = {
        "faithfulness": float(not stray and not invented),
        "coverage": (len(top) - len(unnamed)) / len(top) if top else 1.0,
        "language_match": float(read_as in (language, "und")),
        "length_ok": float(length_ok),
    }
    return metrics, failures


def worrying_products(store: Store, ctx: ShopContext, settings: Settings, *, window_days: int | None = None) -> list[ProductDiagnosis]:
    from tools.voc.drawer import diagnose_product
    from tools.voc.service import diagnose_shop

    report = diagnose_shop(store, ctx, settings, window_days=window_days, tag_first=False)
    worrying = [row.product_id for row in report.products if row.level in WORRYING]
    if not worrying:  # a long-tail shop: every product with complaints
        worrying = [row.product_id for row in report.products if row.negative_orders > 0]
    return [diagnose_product(store, ctx, settings, product_id, window_days=window_days, tag_first=False)
            for product_id in worrying]


def olist_products(folder: Path) -> list[ProductDiagnosis]:
    from evals.chat_understanding import olist_shop
    from tools.context import resolve_shop
    from tools.voc.service import ensure_tagged

    settings, store = olist_shop(folder)
    try:
        ctx = resolve_shop(store, settings)
        ensure_tagged(store, ctx, settings)
        return worrying_products(store, ctx, settings, window_days=90)  # a long-tail shop: a few complaints a quarter
    finally:
        store.close()


def run_summaries_suite(env: EvalEnvironment) -> SuiteResult:
    from tools.voc.service import ensure_tagged
    from tools.voc.summary import explain
    from vectorstore.content import playbook_for

    ensure_tagged(env.store, env.context, env.settings)
    shops = {"demo": worrying_products(env.store, env.context, env.settings)}
    with tempfile.TemporaryDirectory() as tmp:
        shops["olist"] = olist_products(Path(tmp))
    cases: list[CaseResult] = []
    for shop, diagnoses in shops.items():
        for diagnosis in diagnoses:
            playbook = playbook_for(diagnosis.category)
            for language in LANGUAGES:
                explained = explain(diagnosis, playbook=playbook, language=language)
                metrics, failures = check(explained, language)
                cases.append(CaseResult(suite="summaries", case_id=f"{shop}:{diagnosis.product_id}:{language}",
                                        passed=not failures, language=language, metrics=metrics, failures=failures,
                                        details={"summary": explained.summary.text if explained.summary else "",
                                                 "steps": len(explained.action_plan)}))
    names = ("faithfulness", "coverage", "language_match", "length_ok")
    per_language = {language: {name: mean([c.metrics[name] for c in cases if c.language == language]) for name in names}
                    for language in LANGUAGES}
    metrics = {name: mean([case.metrics[name] for case in cases]) for name in names}
    metrics["pass_rate"] = share(sum(case.passed for case in cases), len(cases))
    metrics["products"] = float(sum(len(diagnoses) for diagnoses in shops.values()))
    return SuiteResult(name="summaries", metrics=metrics, per_language=per_language, cases=cases)
