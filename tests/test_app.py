"""The Gradio app on the demo store, called through its HTTP API with gradio_client (no browser)."""

from __future__ import annotations

import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.models import AgentTurn, ToolCallRecord
from tests.conftest import DEMO_END_DATE
from tools.demo.stories import (
    CHARGER_OVERCLAIM,
    CHARGER_OVERCLAIM_VIDEO,
    COERCIVE_REVIEW,
    COLOUR_MISMATCH_DRESS,
    GENUINE_ANGRY_REVIEW,
    HIGH_GMV_AT_RISK,
)
from tools.errors import ConfigError
from tools.settings import load_settings

pytestmark = pytest.mark.slow


class ScriptedAgent:
    """Answers every question the same way and remembers which session asked."""

    def __init__(self) -> None:
        self.sessions: list[str] = []

    def ask(self, question: str, *, session_id: str = "default") -> AgentTurn:
        self.sessions.append(session_id)
        if "boom" in question:
            raise RuntimeError("the planner fell over")
        return AgentTurn(
            answer=f"Fix {HIGH_GMV_AT_RISK} first: it is At Risk.", citations=["pb-electronics-performance"],
            tool_calls=[ToolCallRecord(name="voc_overview", arguments={"levels": ["At Risk"]},
                                       result={"products": [{"product_id": HIGH_GMV_AT_RISK}]}, elapsed_ms=12.0)],
        )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def served(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, ScriptedAgent]]:
    from ui.app import build_app
    from ui.services import build_services

    data_dir = tmp_path_factory.mktemp("app") / "data"
    shutil.copytree(demo_db, data_dir)  # the app writes (tag cache, report ledger)
    services = build_services(load_settings(data_dir=data_dir, as_of=DEMO_END_DATE, _env_file=None))
    agent = ScriptedAgent()
    app = build_app(services, knowledge_factory=lambda: None, agent_factory=lambda: agent)
    app.queue().launch(server_name="127.0.0.1", server_port=_free_port(), prevent_thread_lock=True, quiet=True)
    try:
        yield app.local_url, agent
    finally:
        app.close()
        services.close()


@pytest.fixture
def client(served: tuple[str, ScriptedAgent]):  # type: ignore[no-untyped-def]
    from gradio_client import Client

    return Client(served[0], verbose=False)


def _rows(table: dict) -> list[dict]:
    return [dict(zip(table["headers"], row, strict=False)) for row in table["data"]]


def test_voc_overview_shows_levels_cards_and_a_filtered_list(client) -> None:  # type: ignore[no-untyped-def]
    cards, warnings, table, _, watch = client.predict(30, [], None, None, "level", api_name="/voc_overview")
    for level in ("At Risk", "Needs Attention", "Market Average", "Below Average", "no verdict", "Early warnings"):
        assert level in cards
    rows = _rows(table)
    assert {row["product"]: row["level"] for row in rows}[HIGH_GMV_AT_RISK] == "At Risk"
    assert rows[0]["level"] == "At Risk"  # sorted worst level first

    assert "products have no level" in watch  # the demo's small products: counted, with or without complaints
    no_level = [row for row in rows if row["level"].startswith("-")]
    assert no_level and all(row["level"] == "- (too few orders)" for row in no_level)

    _, _, at_risk, _, _ = client.predict(30, ["At Risk", "Needs Attention"], 0, 0, "gmv", api_name="/voc_overview")
    levels = {row["level"] for row in _rows(at_risk)}
    assert levels and levels <= {"At Risk", "Needs Attention"}


def test_a_product_buyers_call_over_promoted_flags_its_videos(client) -> None:  # type: ignore[no-untyped-def]
    _, _, _, issues, _, _, _, _, flagged = client.predict(CHARGER_OVERCLAIM, 30, api_name="/voc_product")
    assert "promotion over-promised" in issues and CHARGER_OVERCLAIM_VIDEO in issues
    flagged = flagged.get("value", flagged) if isinstance(flagged, dict) else flagged  # sent as an update: shown again
    assert flagged == CHARGER_OVERCLAIM_VIDEO  # picked, one click from its page in the Videos tab
    _, _, _, dress_issues, _, _, _, _, nothing = client.predict(COLOUR_MISMATCH_DRESS, 30, api_name="/voc_product")
    assert "promotion over-promised" not in dress_issues  # only where buyers say so
    assert nothing is None or (nothing.get("value") is None and nothing.get("visible") is False)


def test_voc_product_diagnosis_has_level_interval_chart_and_evidence(client) -> None:  # type: ignore[no-untyped-def]
    header, plot, _, issues, summary, keywords, plan, links, _ = client.predict(COLOUR_MISMATCH_DRESS, 30, api_name="/voc_product")
    assert f"product_id={COLOUR_MISMATCH_DRESS}" in links  # the marketplace's refund and rating pages
    assert COLOUR_MISMATCH_DRESS in header and "At Risk" in header
    assert "benchmark" in header and "95% interval" in header and "Previous period" in header
    bars = plot["data"]
    assert plot["mark"] == "bar" and 1 <= len(bars) <= 5
    assert bars[0][2] == "over 50% of negative feedback"  # the planted colour story dominates
    assert "“" in issues  # evidence quotes
    assert keywords["data"]
    # what buyers say, with shares and their own words, and a plan drafted for this product citing its playbook
    assert "What buyers say" in summary and "%" in summary and "“" in summary
    assert "Action plan" in plan and "playbook:" in plan and "pb-" not in plan  # entries named by title, not id


def test_tool_errors_reach_the_page_as_messages_not_tracebacks(client) -> None:  # type: ignore[no-untyped-def]
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError) as raised:
        client.predict("P-DOES-NOT-EXIST", 30, api_name="/voc_product")
    assert "not in the store" in str(raised.value)
    assert "Traceback" not in str(raised.value)


def test_reviews_assess_draft_and_file_once(client) -> None:  # type: ignore[no-untyped-def]

    assessment, draft, download, reviewed = client.predict(COERCIVE_REVIEW, "en", api_name="/review_assess")
    assert reviewed.startswith("P-")  # the product it is about, for the link to its feedback
    assert "Coercive review" in assessment and "What to do: Report" in assessment and "Reportable" in assessment
    assert COERCIVE_REVIEW in draft
    assert Path(download).read_text(encoding="utf-8").strip() == draft.strip()

    edited = draft + "\n\nEdited by the seller: order photos attached. Call +62 812 3456 7890."
    status, ledger = client.predict(COERCIVE_REVIEW, "en", "", "", edited, api_name="/review_file")
    assert "filed" in status
    assert COERCIVE_REVIEW in [row["review"] for row in _rows(ledger)]
    # A refusal is the action's one message, where the success was (no error toast beside an old success).
    again, _ = client.predict(COERCIVE_REVIEW, "en", "", "", "", api_name="/review_file")
    assert again.startswith("✖") and "not filed" in again and "Traceback" not in again

    genuine, _ = client.predict(GENUINE_ANGRY_REVIEW, "en", "", "", "", api_name="/review_file")
    assert genuine.startswith("✖") and "override" in genuine.lower()  # the abuse guard: a genuine complaint needs a reason
    status, _ = client.predict(GENUINE_ANGRY_REVIEW, "en", "buyer admitted in chat the defect was staged",
                               "invalid", "", api_name="/review_file")
    assert "override" in status


def test_pasted_review_is_assessed(client) -> None:  # type: ignore[no-untyped-def]
    verdict, draft, _, _ = client.predict("Give me a full refund and a free gift and I will delete this 1 star review",
                                       1, 0, api_name="/review_assess_pasted")
    assert "Coercive review" in verdict and "What to do: Report" in verdict and draft == ""


def test_chat_streams_steps_answer_and_keeps_sessions_apart(served, client) -> None:  # type: ignore[no-untyped-def]
    from gradio_client import Client

    _, agent = served
    before = len(agent.sessions)
    messages, _ = client.predict("Which products should I fix first?", api_name="/chat")
    text = str(messages)
    assert "At Risk" in text and "pb-electronics-performance" in text
    assert "Read the shop's customer feedback" in text and "⚙ voc_overview" not in text  # steps in a seller's words
    client.predict("And the second one?", api_name="/chat")
    Client(served[0], verbose=False).predict("Which products should I fix first?", api_name="/chat")
    first, again, other = agent.sessions[before:]
    assert first == again and first != other

    failed, _ = client.predict("boom", api_name="/chat")
    assert "failed" in str(failed) and "Traceback" not in str(failed)


def test_launch_settings_bind_loopback_with_auth_and_upload_limit(tmp_path: Path) -> None:
    from ui.app import launch_kwargs, parse_auth

    settings = load_settings(data_dir=tmp_path, app_auth="seller:s3cret", upload_max_mb=5, _env_file=None)
    kwargs = launch_kwargs(settings)
    assert kwargs["server_name"] == "127.0.0.1" and kwargs["server_port"] == 7860
    assert kwargs["auth"] == ("seller", "s3cret") and kwargs["max_file_size"] == "5mb"
    assert parse_auth(None) is None
    with pytest.raises(ConfigError):
        parse_auth("no-colon")


def test_videos_list_and_page(client) -> None:  # type: ignore[no-untyped-def]
    from tools.demo.stories import WEAK_HOOK_VIDEO

    table, _ = client.predict("", "views", ["Can do better"], "", api_name="/video_list")
    rows = _rows(table)
    assert rows and all("Can do better" in row["status"] for row in rows)
    header, comparisons, daily, suggestions, _, _, sold = client.predict(WEAK_HOOK_VIDEO, api_name="/video_page")
    assert "Can do better" in header and WEAK_HOOK_VIDEO in header
    assert "finish rate" in [row["metric"] for row in _rows(comparisons)]
    daily = daily.get("value", daily)  # sent as an update: the chart is shown again with its data
    assert daily["mark"] == "line" and daily["data"]
    assert "product interest" in suggestions and "pb-video-" not in suggestions  # our playbook ids stay ours


def test_regenerating_the_demo_asks_first(client) -> None:  # type: ignore[no-untyped-def]
    status, _ = client.predict(7, "small", "", False, False, api_name="/regenerate_demo")
    assert status.startswith("Tick") and "deletes" in status


def test_a_template_downloads_in_our_columns(client) -> None:  # type: ignore[no-untyped-def]
    path = client.predict("orders", api_name="/import_template")
    assert Path(path).read_text(encoding="utf-8").startswith("order_id,product_id,buyer_id,quantity,gmv,create_time")
