"""Small seller-facing formats of the app's panels (issue 15: "16.0" items, "1 days left", views without separators,
a video in evaluation told that nothing is below the median)."""

from __future__ import annotations

from datetime import date

from tools.languages.formatting import number
from tools.reviews.eligibility import Eligibility
from ui.formatting_reviews import eligibility_markdown


def test_counts_have_separators_and_no_needless_decimals() -> None:
    assert number(16.0, "en", digits=1) == "16"
    assert number(16.5, "en", digits=1) == "16.5" and number(16.5, "pt", digits=1) == "16,5"
    assert number(16.4999, "en", digits=1) == "16.5"
    assert number(228844, "en", digits=1) == "228,844"
    assert number(None, "en", digits=1) == "-"


def test_one_day_left_is_singular() -> None:
    one = Eligibility(review_id="R-1", eligible=True, posted_on=date(2026, 11, 3), last_reportable_day=date(2026, 12, 2), days_left=1)
    assert "(1 day left)" in eligibility_markdown(one)
    assert "(3 days left)" in eligibility_markdown(one.model_copy(update={"days_left": 3}))
    assert "Dec 2, 2026" in eligibility_markdown(one) and "2026-12-02" not in eligibility_markdown(one)  # not ISO


def test_chat_steps_are_titled_in_a_sellers_words() -> None:
    from agent.offline.messages import step_title

    assert step_title("en", "voc_product", {"product_id": "P-1001", "window_days": None}) == "Diagnosed product P-1001"
    assert step_title("en", "review_triage", {}) == "Sorted the reviews you can report"
    assert step_title("en", "voc_product", {}) == "Diagnosed product"  # an argument the title names is missing
    assert step_title("en", "file_appeal", {}) == "File appeal"  # a tool without a title keeps a plain form of its name


def test_seller_center_links_are_configurable_and_encode_the_id() -> None:
    from tools.settings import load_settings
    from ui.formatting_voc import seller_center_links

    settings = load_settings(_env_file=None, refund_page_url="https://seller.example/refunds?p={product_id}")
    links = seller_center_links(settings, "P 1/2")
    assert "(https://seller.example/refunds?p=P%201%2F2)" in links and "Product rating" in links


def test_a_long_answer_keeps_its_point_in_view_and_folds_the_rest() -> None:
    from ui.chat import LONG_ANSWER_LINES, with_details

    short = "Fix P-1 first.\n\n- one\n- two"
    assert with_details(short, "en") == short
    long = "Fix P-1 first.\n\n" + "\n".join(f"- line {n}" for n in range(LONG_ANSWER_LINES + 2))
    folded = with_details(long, "pt")
    assert folded.startswith("Fix P-1 first.\n\n<details><summary>Detalhes</summary>")
    assert "- line 0" in folded and folded.rstrip().endswith("</details>")


def test_a_playbook_entry_reads_without_our_ids_or_tag_names() -> None:
    from ui.formatting import entry_markdown

    shown = entry_markdown("Device stops working after days", "- `quality_defect` mentions by batch; `unknown_thing` stays")
    assert "Quality defect mentions by batch" in shown and "`quality_defect`" not in shown
    assert "pb-" not in shown and "`unknown_thing`" in shown  # only issue tags are named; other code is left as is


def test_the_review_list_speaks_the_display_language(demo_store, demo_settings) -> None:  # type: ignore[no-untyped-def]
    from tools.context import resolve_shop
    from tools.reviews.triage import triage
    from ui.formatting_reviews import triage_frame, triage_markdown

    report = triage(demo_store, resolve_shop(demo_store, demo_settings), demo_settings)
    frame = triage_frame(report, "pt")
    assert list(frame.columns)[:3] == ["avaliação", "o que fazer", "categoria"]
    assert "Coercive review (avaliação com chantagem)" in set(frame["categoria"])  # the help page's name, then ours
    assert "coercive" not in set(frame["categoria"]) and set(frame["denunciável"]) <= {"sim", "não"}
    summary = triage_markdown(report, "pt")
    assert "avaliações negativas" in summary and "negative reviews" not in summary and "2026-11" not in summary


def test_a_reviews_words_are_data_in_every_language() -> None:
    from ui.formatting_reviews import assessment_in

    result = {"review_id": "R-X", "assessment": {"category": "coercive", "confidence": 0.9, "decision": "report", "signals": [
        {"kind": "removal_for_reward", "description": "offers a deal", "quotes": ["<b>5★</b>\u200b if you refund"]}]},
        "eligibility": {"eligible": True, "last_reportable_day": "2026-12-11", "days_left": 3}}
    shown = assessment_in("pt", result)
    assert "<b>" not in shown and "&lt;b&gt;" in shown and "\u200b" not in shown  # escaped, invisible made visible
    assert "11 de dez. de 2026" in shown  # the day as Portuguese writes it


def test_filing_outcomes_and_the_ledger_speak_the_display_language() -> None:
    """A refusal names the rule that refused it in the seller's words (never the CLI's flags), and the ledger's
    columns, categories and states are labels, not our ids."""
    from datetime import datetime, timezone

    from tools.reviews.ledger import ReportRecord, ReportStatus
    from tools.reviews.models import MaliciousCategory
    from ui.formatting_reviews import filing_done, filing_refused, ledger_frame

    genuine = filing_refused("R-1", "genuine_complaint", {}, "file with --override-reason", "vi")
    assert genuine.startswith("✖") and "khiếu nại thật" in genuine and "--override" not in genuine
    closed = filing_refused("R-1", "not_reportable", {"eligibility": {
        "reasons": ["window_closed"], "messages": ["The window closed."], "last_reportable_day": "2026-11-02",
        "posted_on": "2026-10-26"}}, "cli words", "pt")
    assert "não pode ser denunciada" in closed and "2 de nov. de 2026" in closed and "cli words" not in closed
    twice = filing_refused("R-1", "already_reported", {"day": "2026-11-20", "status": "filed"}, "cli words", "id")
    assert "20 Nov 2026" in twice and "diajukan" in twice
    unknown = filing_refused("R-1", "", {}, "Review R-1 is not in the store.", "th")
    assert unknown.startswith("✖") and "Review R-1 is not in the store." in unknown  # the tool's own words, quoted

    record = ReportRecord(
        review_id="R-1", shop_id="S", category=MaliciousCategory.COERCIVE, classified_category=MaliciousCategory.NOT_MALICIOUS,
        confidence=0.5, reason="The buyer asks for money.", status=ReportStatus.FILED, language="pt",
        override_reason="chat shows <b>threat</b>", created_at=datetime(2026, 11, 20, 9, tzinfo=timezone.utc),
        filed_at=datetime(2026, 11, 20, 9, 5, tzinfo=timezone.utc))
    done = filing_done(record, "pt")
    assert "Coercive review (avaliação com chantagem)" in done and "&lt;b&gt;" in done and "coercive" not in done
    frame = ledger_frame([record], "pt")
    assert list(frame.columns)[:4] == ["avaliação", "categoria", "classificada como", "status"]
    row = frame.iloc[0]
    assert row["status"] == "enviada" and row["enviada"].startswith("20 de nov. de 2026") and "not_malicious" not in str(row)


def test_the_data_tab_speaks_the_display_language(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An import's outcome, its problems and the expected files name tables as a seller does, in the display
    language, with locale figures; the importer's own sentences are quoted as they are."""
    from pathlib import Path

    from tools.importing import import_paths
    from tools.languages import say
    from tools.store import Store
    from ui.formatting_data import expected_markdown, import_report_markdown
    from ui.frames import import_errors_frame

    data = Path(__file__).parent / "data" / "import"
    with Store(tmp_path / "s.duckdb") as store:
        good = import_paths(store, sorted((data / "good").iterdir()))
        bad = import_paths(store, [data / "broken" / "rating_7.csv"])
    assert good.imported and not bad.imported
    shown = import_report_markdown(good, "pt")
    assert shown.startswith("✔") and f"| {say('pt', 'ui_table_video_stats')} |" in shown and "video_stats |" not in shown
    assert "Imported" not in shown and "Seller Copilot" not in shown  # our own columns are read as the table's name
    rejected = import_report_markdown(bad, "vi")
    assert rejected.startswith("✖") and "Nothing was imported" not in rejected
    frame = import_errors_frame(bad, "id")
    assert list(frame.columns) == [say("id", f"ui_col_{key}") for key in ("file", "row", "line", "column", "value", "problem")]
    assert frame.iloc[0, 0] == "rating_7.csv"  # the file by its name, not where it sat on the server
    expected = expected_markdown("zh")
    assert "**product_id**" in expected and "Files in" not in expected  # the header a file must carry stays as it is
    assert say("zh", "ui_table_orders") in expected
