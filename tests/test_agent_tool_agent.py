"""The tool-calling planner: create_agent over the toolbox, driven by a scripted model and by the fake server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict

from agent.retry import RetryPolicy
from agent.tool_agent import ToolCallingPlanner, build_tool_calling_planner
from agent.toolbox import Toolbox
from tests.fakes.chat_model import ScriptedChatModel, text_turn, tool_call_turn
from tests.fakes.openai_server import FakeOpenAIServer
from tools.errors import ModelError
from tools.settings import Settings, load_settings


class ProductQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")
    product_id: str


class ProductLevel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    product_id: str
    level: str
    negative_rate: float


def product_level(args: ProductQuery) -> ProductLevel:
    """Look up one product's VoC level and negative rate."""
    if args.product_id == "P-404":
        raise LookupError("no product P-404")
    return ProductLevel(product_id=args.product_id, level="At Risk", negative_rate=0.1234)


class Waits:
    def __init__(self) -> None:
        self.seconds: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.seconds.append(seconds)


def planner_for(settings: Settings, model: object, **limits: int) -> ToolCallingPlanner:
    planner = build_tool_calling_planner(
        settings, Toolbox.from_functions([product_level]), model=model, retry_policy=RetryPolicy(sleep=Waits()), **limits  # type: ignore[arg-type]
    )
    assert planner is not None
    return planner


def test_no_model_or_no_tools_means_no_tool_calling_planner(settings: Settings) -> None:
    assert build_tool_calling_planner(settings, Toolbox.from_functions([product_level])) is None
    assert build_tool_calling_planner(settings, Toolbox(), model=ScriptedChatModel()) is None


def test_the_scripted_model_drives_tools_and_records_them(settings: Settings) -> None:
    model = ScriptedChatModel.with_script([
        tool_call_turn(("product_level", {"product_id": "P-1001"}), ("product_level", {"product_id": "P-404"})),
        text_turn("P-1001 is At Risk (12.3%)."),
    ])
    result = planner_for(settings, model).run("Why is P-1001 At Risk?", requires_data=True)
    assert [(r.name, r.arguments, r.error) for r in result.tool_records] == [
        ("product_level", {"product_id": "P-1001"}, None),
        ("product_level", {"product_id": "P-404"}, "LookupError: no product P-404"),
    ]
    assert result.tool_records[0].result == {"product_id": "P-1001", "level": "At Risk", "negative_rate": 0.1234}
    assert result.final_text == "P-1001 is At Risk (12.3%)."
    assert (result.usage.model_calls, result.usage.prompt_tokens, result.usage.completion_tokens) == (2, 220, 40)
    assert not result.answered_without_data and not result.hit_call_limit
    # the model saw the tool's JSON and the question inside a data block
    second_prompt = model.received[1]
    assert '"negative_rate":0.1234' in second_prompt[-2].content
    assert "<<<DATA id=question>>>\nWhy is P-1001 At Risk?\n<<<END DATA>>>" in second_prompt[1].content


def test_arguments_that_fail_the_schema_become_error_records(settings: Settings) -> None:
    model = ScriptedChatModel.with_script([tool_call_turn(("product_level", {"sku": 5})), text_turn("Sorry.")])
    result = planner_for(settings, model).run("q", requires_data=True)
    (record,) = result.tool_records
    assert record.arguments == {"sku": 5} and record.result is None
    assert "product_id" in (record.error or "")


def test_answering_without_tools_where_data_was_needed_is_reported(settings: Settings) -> None:
    model = ScriptedChatModel.with_script([text_turn("P-1001 is Below Average."), text_turn("Hello! I can help with your shop.")])
    planner = planner_for(settings, model)
    assert planner.run("Why is P-1001 At Risk?", requires_data=True).answered_without_data
    greeting = planner.run("hi", requires_data=False)
    assert not greeting.answered_without_data and greeting.final_text.startswith("Hello")


def test_the_model_call_limit_ends_a_runaway_loop(settings: Settings) -> None:
    model = ScriptedChatModel.with_script([tool_call_turn(("product_level", {"product_id": f"P-{n}"})) for n in range(10)])
    result = planner_for(settings, model, max_model_calls=3).run("q", requires_data=True)
    assert model.calls == 3
    assert result.hit_call_limit and result.final_text == ""
    assert len(result.tool_records) == 3 and result.usage.model_calls == 3


def test_the_tool_call_limit_blocks_extra_calls(settings: Settings) -> None:
    calls = [("product_level", {"product_id": f"P-{n}"}) for n in range(5)]
    model = ScriptedChatModel.with_script([tool_call_turn(*calls), text_turn("Done.")])
    result = planner_for(settings, model, max_tool_calls=2).run("q", requires_data=True)
    assert [r.arguments["product_id"] for r in result.tool_records] == ["P-0", "P-1"]
    assert result.hit_call_limit


def test_a_failing_model_raises_model_error(settings: Settings) -> None:
    model = ScriptedChatModel.with_script([RuntimeError("boom")])
    with pytest.raises(ModelError, match="boom"):
        planner_for(settings, model).run("q", requires_data=True)


# --- the same planner through ChatOpenAI and the fake server ------------------------------------
@pytest.fixture
def fake_openai() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer() as server:
        yield server


def server_settings(server: FakeOpenAIServer, tmp_path: Path) -> Settings:
    return load_settings(
        openai_api_key="sk-test", openai_base_url=server.base_url, llm_model="fake-model",
        llm_timeout_s=0.5, data_dir=tmp_path, _env_file=None,
    )


def test_real_client_tool_call_round_trip_with_a_429_in_between(fake_openai: FakeOpenAIServer, tmp_path: Path) -> None:
    fake_openai.reply_tool_call("product_level", {"product_id": "P-1001"}, usage=(300, 20))
    fake_openai.reply_error(429, headers={"Retry-After": "1"})
    fake_openai.reply_text("P-1001 is At Risk.", usage=(400, 12))
    waits = Waits()
    planner = build_tool_calling_planner(
        server_settings(fake_openai, tmp_path), Toolbox.from_functions([product_level]), retry_policy=RetryPolicy(sleep=waits)
    )
    assert planner is not None and planner.model_label == "fake-model"
    result = planner.run("Why is P-1001 At Risk?", requires_data=True)
    assert result.final_text == "P-1001 is At Risk."
    assert result.tool_records[0].result["level"] == "At Risk"  # type: ignore[index]
    assert (result.usage.model_calls, result.usage.prompt_tokens, result.usage.completion_tokens) == (2, 700, 32)
    assert waits.seconds == [1.0] and fake_openai.request_count == 3
    sent = fake_openai.requests[0]["json"]
    assert sent["model"] == "fake-model" and sent["tools"][0]["function"]["name"] == "product_level"


def test_malformed_tool_call_json_is_a_model_error(fake_openai: FakeOpenAIServer, tmp_path: Path) -> None:
    fake_openai.reply_tool_call("product_level", '{"product_id": "P-1001"')  # truncated JSON
    planner = build_tool_calling_planner(
        server_settings(fake_openai, tmp_path), Toolbox.from_functions([product_level]), retry_policy=RetryPolicy(sleep=Waits())
    )
    assert planner is not None
    with pytest.raises(ModelError, match="malformed tool calls"):
        planner.run("q", requires_data=True)
    assert fake_openai.request_count == 1


def test_a_tool_call_written_as_text_is_not_an_answer() -> None:
    from agent.tool_agent import looks_like_tool_call_text

    assert looks_like_tool_call_text('{"name": "voc_overview", "arguments": {}}')
    assert looks_like_tool_call_text('```json\n[{"function": "voc_product", "parameters": {"product_id": "P-1"}}]\n```')
    assert not looks_like_tool_call_text("P-1001 is At Risk: 22.8% negative vs 8.8%.")
    assert not looks_like_tool_call_text('The buyer wrote "name": nothing useful.')
