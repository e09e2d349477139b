"""A product's summary and action plan: written from its own diagnosis, in the seller's language."""

from __future__ import annotations

import pytest

from evals.suite_summaries import check
from tools.context import resolve_shop
from tools.demo import stories
from tools.store import Store
from tools.voc.drawer import diagnose_product
from tools.voc.models import EvidenceQuote, IssueShare
from tools.voc.summary import explain, representative_quotes
from vectorstore.content import playbook_for


@pytest.fixture(scope="module")
def dress(demo_db, tmp_path_factory):  # type: ignore[no-untyped-def]
    import shutil

    from tools.settings import load_settings

    folder = tmp_path_factory.mktemp("summary")
    shutil.copy(demo_db / "seller.duckdb", folder / "seller.duckdb")
    settings = load_settings(data_dir=folder, _env_file=None)
    store = Store(settings.db_path)
    try:
        ctx = resolve_shop(store, settings)
        yield diagnose_product(store, ctx, settings, stories.COLOUR_MISMATCH_DRESS)
    finally:
        store.close()


@pytest.mark.parametrize("language", ["en", "zh", "id", "th", "vi", "pt"])
def test_the_summary_and_plan_hold_only_the_diagnosis_facts(dress, language: str) -> None:  # type: ignore[no-untyped-def]
    explained = explain(dress, playbook=playbook_for(dress.category), language=language)
    metrics, failures = check(explained, language)
    assert failures == [] and metrics["faithfulness"] == 1.0 and metrics["coverage"] == 1.0
    assert explained.summary is not None and explained.summary.mode == "offline" and explained.summary.quotes
    issue_steps = [step for step in explained.action_plan if step.kind == "issue"]
    assert issue_steps[0].playbook_ids == ["pb-fashion-not_as_described"]  # the dress's top issue, its category's entry
    assert 3 <= len(explained.action_plan) <= 5 and explained.action_plan[-1].kind == "measure"


def test_a_number_or_quote_the_data_lacks_fails_the_check(dress) -> None:  # type: ignore[no-untyped-def]
    explained = explain(dress, playbook=playbook_for(dress.category), language="en")
    assert explained.summary is not None
    made_up = explained.summary.model_copy(update={"text": explained.summary.text + " 93% of buyers said “never again, ever”."})
    _, failures = check(explained.model_copy(update={"summary": made_up}), "en")
    assert any("numbers not in the diagnosis" in failure for failure in failures)
    assert any("quotes not in the feedback" in failure for failure in failures)


def test_a_rate_rounded_to_whole_percent_is_the_same_figure_but_another_rate_is_not(dress) -> None:  # type: ignore[no-untyped-def]
    from tools.languages import formatting as fmt
    from tools.voc.summary import unstated_figures

    rate = dress.estimate.rate
    assert unstated_figures(dress, f"{fmt.percent(rate, 'en', 0)} of orders had a complaint.", "en") == []
    assert unstated_figures(dress, f"{fmt.percent(rate + 0.05, 'en', 0)} of orders had a complaint.", "en") != []
    # Digits of the product's own name are no claim about it.
    named = dress.model_copy(update={"title": "SuperVolt 65W Charger"})
    assert unstated_figures(named, "Buyers of the SuperVolt 65W Charger complain.", "en") == []


def test_a_product_nobody_complained_about_has_nothing_to_fix(dress) -> None:  # type: ignore[no-untyped-def]
    quiet = dress.model_copy(update={"negative_items": 0, "issues": [], "keywords": [], "early_warnings": [],
                                     "videos_to_check": [], "excluded": [], "previous": None})
    explained = explain(quiet, language="vi")
    assert explained.summary is not None and "Không có người mua nào phàn nàn" in explained.summary.text
    assert [step.kind for step in explained.action_plan] == ["check"]


def test_a_category_without_a_playbook_still_gets_steps_but_cites_nothing(dress) -> None:  # type: ignore[no-untyped-def]
    explained = explain(dress.model_copy(update={"category": "cama mesa banho"}),
                        playbook=playbook_for("cama mesa banho"), language="pt")
    assert explained.action_plan and all(step.playbook_ids == [] for step in explained.action_plan)


def _evidence(item_id: str, text: str) -> EvidenceQuote:
    return EvidenceQuote(item_id=item_id, item_kind="review", created_at="2026-11-01T00:00:00", rating=1, text=text)


def test_the_quote_stands_for_the_issue_not_for_a_filler_every_complaint_shares() -> None:
    colour = IssueShare(tag="not_as_described", label="Not as described", part="product", count=3, share=0.5, highlighted=True,
                        evidence=[_evidence("R-1", "Very disappointed. The colour is navy, not sky blue."),
                                  _evidence("R-2", "Very disappointed. Navy colour, nothing like the sky blue photo."),
                                  _evidence("R-3", "Very disappointed. Colour is wrong\u200b, navy not blue.")])
    late = IssueShare(tag="logistics_delay", label="Logistics delay", part="fulfillment", count=2, share=0.3, highlighted=False,
                      evidence=[_evidence("R-4", "Very disappointed. Delivery took 12 days."),
                                _evidence("R-5", "Very disappointed. The parcel arrived two weeks late.")])
    quotes = representative_quotes([colour, late])
    assert [quote.issue_tag for quote in quotes] == ["not_as_described", "logistics_delay"]
    assert all("disappointed" not in quote.text for quote in quotes)
    assert "navy" in quotes[0].text.casefold()


def test_the_overview_says_what_to_do_first_for_each_product_to_fix(writable_demo_store, demo_settings) -> None:  # type: ignore[no-untyped-def]
    from tools.overview import shop_overview

    overview = shop_overview(writable_demo_store, resolve_shop(writable_demo_store, demo_settings), demo_settings)
    assert overview.fix_first and all(item.first_step for item in overview.fix_first if item.top_issue_label)
    dress = next(item for item in overview.fix_first if item.product_id == stories.COLOUR_MISMATCH_DRESS)
    assert dress.first_step is not None and "photos" in dress.first_step  # its top issue is "not as described"


def _writer(*replies, cache_dir=None):  # type: ignore[no-untyped-def]
    from agent.product_summary import ModelSummaryWriter
    from agent.retry import RetryPolicy
    from tests.fakes.chat_model import ScriptedChatModel

    model = ScriptedChatModel.with_script(replies)
    return ModelSummaryWriter(model, RetryPolicy(max_attempts=1, sleep=lambda seconds: None), cache_dir=cache_dir), model


def test_a_model_summary_that_holds_to_the_data_stands_and_is_written_once(dress, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tools.voc.summary import summarise

    faithful = summarise(dress, language="en").text  # the facts as the rules state them, reworded by nobody
    writer, model = _writer(faithful, cache_dir=tmp_path)
    first = writer.write(dress, language="en")
    assert first.mode == "model" and first.text == faithful and first.note == ""
    assert writer.write(dress, language="en") == first and model.calls == 1  # cached by diagnosis, language, model
    again, _ = _writer(cache_dir=tmp_path)  # a new process reads the cache on disk; the model is not asked
    assert again.write(dress, language="en") == first
    prompt = str(model.received[0][0].content)
    assert "<<<" in prompt  # buyers' words are delimited as data


@pytest.mark.parametrize("reply", [
    "93% of buyers returned the dress.",  # a number the diagnosis does not hold
    "Buyers say “it fell apart in the wash” about the dress, at 72%.",  # a quote no buyer wrote
    "Pembeli paling banyak mengeluhkan warna yang tidak sesuai foto, sekitar 72% dari semua keluhan.",  # not English
    "### Complaints 1. **Not as described** (72%) 2. **Size / fit** (11%)",  # headings and a list, not sentences
    "Not as described is 72% of complaints; 6 buyers received the wrong shade.",  # 6: no figure of the diagnosis
    "Buyers are unhappy with the dress and some want their money back.",  # names none of its top issues
])
def test_a_model_summary_that_strays_falls_back_to_the_offline_one_with_a_note(dress, reply: str) -> None:  # type: ignore[no-untyped-def]
    writer, _ = _writer(reply)
    summary = writer.write(dress, language="en")
    assert summary.mode == "offline" and "did not hold to the data" in summary.note


def test_a_failed_model_call_gives_the_offline_summary(dress) -> None:  # type: ignore[no-untyped-def]
    writer, _ = _writer(ConnectionError("refused"))
    summary = writer.write(dress, language="zh")
    assert summary.mode == "offline" and "unavailable" in summary.note and "买家" in summary.text


def test_a_model_rewords_plan_steps_each_kept_only_when_it_holds_to_the_data(dress, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from agent.product_summary import rewrite_plan

    plan = explain(dress, playbook=playbook_for(dress.category), language="en").action_plan
    share = next(issue for issue in dress.issues if issue.tag == "not_as_described")
    good = f"Reshoot the blue dress in daylight: Not as described is {round(share.share * 100)}% of complaints."
    reply = "\n".join([f"1. {good}", "2. Add a size chart; 93% of buyers asked for one.", f"3. **{plan[2].text}**"]
                      + [f"{n}. {step.text}" for n, step in enumerate(plan[3:], start=4)])
    writer, model = _writer(reply, cache_dir=tmp_path)
    rewritten = rewrite_plan(writer, dress, plan, language="en")
    assert rewritten[0].text == good and rewritten[0].playbook_ids == plan[0].playbook_ids
    assert rewritten[1] == plan[1]  # 93% is no figure of the diagnosis: the templated step stays
    assert rewritten[2] == plan[2]  # bold markup is no sentence of a plan
    assert [step.kind for step in rewritten] == [step.kind for step in plan]
    assert rewrite_plan(writer, dress, plan, language="en") == rewritten and model.calls == 1  # cached
    failing, _ = _writer(ConnectionError("refused"))
    assert rewrite_plan(failing, dress, plan, language="en") == plan


def test_voc_product_prints_the_summary_and_plan_and_gives_them_in_json(demo_db, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import json
    import shutil

    from typer.testing import CliRunner

    from ui.cli import build_cli

    target = tmp_path / "cli-data"
    target.mkdir()
    shutil.copy(demo_db / "seller.duckdb", target / "seller.duckdb")
    monkeypatch.chdir(tmp_path)  # no stray .env
    monkeypatch.setenv("SELLER_COPILOT_DATA_DIR", str(target))
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)

    def run(*args: str):  # type: ignore[no-untyped-def]
        return CliRunner().invoke(build_cli(), ["voc", "--product", stories.COLOUR_MISMATCH_DRESS, *args], env={"COLUMNS": "160"})

    text = run("--language", "pt")
    assert text.exit_code == 0, text.output
    assert "What buyers say" in text.output and "Action plan" in text.output and "Refaça as fotos" in text.output
    assert "pb-fashion" not in text.output  # the playbook entry by its title
    payload = json.loads(run("--json").output)
    assert payload["summary"]["mode"] == "offline" and payload["summary"]["text"]
    assert payload["action_plan"] and all({"text", "playbook_ids"} <= step.keys() for step in payload["action_plan"])
    bad = run("--language", "fr")
    assert bad.exit_code != 0 and "--language must be one of" in str(bad.exception)


def test_a_written_summary_with_a_raw_value_or_in_a_buyers_language_falls_back(dress) -> None:  # type: ignore[no-untyped-def]
    from tools.voc.summary import summarise

    writer, _ = _writer(summarise(dress, language="en").text + " The previous rate was null.")
    assert writer.write(dress, language="en").mode == "offline"
    # A buyer's sentence, unquoted, is not a summary in the seller's language (the local model wrote this for Indonesian).
    writer, _ = _writer("Comprei um produto e não entregaram.")
    assert writer.write(dress, language="id").mode == "offline"


def test_too_few_complaints_to_rank_an_issue_are_summarised_by_the_rules_without_asking_the_model(dress) -> None:  # type: ignore[no-untyped-def]
    thin = dress.model_copy(update={"issues": []})
    writer, model = _writer("Buyers say the product was never delivered and the seller ignored them.")
    summary = writer.write(thin, language="en")
    assert summary.mode == "offline" and summary.note == "" and model.calls == 0
