"""The model-driven planner: `langchain.agents.create_agent` over the toolbox, with call limits.

It returns the tool records, the model's final text and token usage, and says when the model answered
without calling any tool although the question needed data (weak models do this), so the service can
fall back to the deterministic planner.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

from agent.llm import build_chat_model, message_text, usage_of
from agent.memory import MemoryTurn
from agent.models import Citation, TokenUsage, ToolCallRecord
from agent.prompts import DataBlock, Trusted, render_prompt
from agent.retry import RetryPolicy, call_with_retries, retry_policy_from_settings
from agent.toolbox import Toolbox
from agent.writer import SYSTEM_PROMPT, citation_blocks, history_blocks
from tools.errors import ModelError
from tools.settings import Settings

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel
    from langchain_core.messages import BaseMessage

AGENT_PROMPT = "agent_v1"
_LIMIT_MESSAGE_PREFIXES = ("Model call limits exceeded", "Tool call limit")


class ToolAgentResult(BaseModel):
    model_config = ConfigDict(extra="forbid")

    tool_records: list[ToolCallRecord] = Field(default_factory=list)
    final_text: str = ""
    usage: TokenUsage = Field(default_factory=TokenUsage)
    answered_without_data: bool = False  # it needed data but the model called no tool
    hit_call_limit: bool = False


class ToolCallingPlanner:
    """Runs one agent loop per question; the compiled graph is built once and holds no per-run state."""

    def __init__(self, graph: Any, *, model_label: str) -> None:
        self._graph = graph
        self.model_label = model_label

    def run(
        self,
        question: str,
        *,
        requires_data: bool,
        history: Sequence[MemoryTurn] = (),
        citations: Sequence[Citation] = (),
        reference_hint: str | None = None,
    ) -> ToolAgentResult:
        """Let the model pick and call tools; `ModelError` if the model fails or returns malformed tool calls."""
        from langchain_core.messages import HumanMessage

        prompt = render_prompt(
            AGENT_PROMPT,
            question=DataBlock("question", question),
            history=history_blocks(history),
            reference_hint=Trusted(reference_hint or ""),
            playbook=citation_blocks(citations),
        )
        try:
            state = self._graph.invoke({"messages": [HumanMessage(prompt)]})
        except ModelError:
            raise
        except Exception as exc:  # anything else inside the loop (parsing, limits) is a model failure
            raise ModelError(f"model failed: {exc.__class__.__name__}: {exc}") from exc
        return read_agent_messages(state["messages"][1:], requires_data=requires_data)


def read_agent_messages(messages: Sequence[BaseMessage], *, requires_data: bool) -> ToolAgentResult:
    """Tool records (from the ToolMessages' artifacts), final text and usage of one agent run."""
    from langchain_core.messages import AIMessage, ToolMessage

    arguments_by_call_id: dict[str, dict[str, object]] = {}
    records: list[ToolCallRecord] = []
    model_messages: list[BaseMessage] = []
    final_text = ""
    hit_call_limit = False
    for message in messages:
        if isinstance(message, AIMessage):
            text = message_text(message).strip()
            if text.startswith(_LIMIT_MESSAGE_PREFIXES) and not message.tool_calls:
                hit_call_limit = True
                continue
            if message.invalid_tool_calls:
                names = ", ".join(str(call.get("name")) for call in message.invalid_tool_calls)
                raise ModelError(f"model failed: it returned malformed tool calls ({names})")
            model_messages.append(message)
            for call in message.tool_calls:
                arguments_by_call_id[str(call.get("id"))] = dict(call.get("args") or {})
            if not message.tool_calls:
                # Small models sometimes write the tool call as text instead of making it; that is
                # not an answer, so the service falls back to its own plan and writer.
                final_text = "" if looks_like_tool_call_text(text) else text
        elif isinstance(message, ToolMessage):
            record = _record_from_tool_message(message, arguments_by_call_id)
            if record is not None:
                records.append(record)
            elif str(message.content).startswith(_LIMIT_MESSAGE_PREFIXES):
                hit_call_limit = True
    return ToolAgentResult(
        tool_records=records,
        final_text=final_text,
        usage=usage_of(model_messages),
        answered_without_data=requires_data and not records,
        hit_call_limit=hit_call_limit,
    )


def _record_from_tool_message(message: Any, arguments_by_call_id: dict[str, dict[str, object]]) -> ToolCallRecord | None:
    if isinstance(message.artifact, ToolCallRecord):
        return message.artifact
    content = message_text(message)
    if content.startswith(_LIMIT_MESSAGE_PREFIXES):
        return None  # blocked by the limit: it never ran
    # the tool never ran (e.g. the model's arguments failed the schema): record what the model saw
    arguments = arguments_by_call_id.get(str(message.tool_call_id), {})
    return ToolCallRecord(
        name=str(message.name or "unknown"),
        arguments={key: value for key, value in arguments.items() if isinstance(value, str | int | float | bool | None | list | dict)},
        error=content or "the tool did not run",
    )


def retry_middleware(policy: RetryPolicy) -> Any:
    """Every model call inside the agent loop goes through the one retry layer."""
    from langchain.agents.middleware import AgentMiddleware

    class RetryModelCalls(AgentMiddleware):  # type: ignore[type-arg]
        def wrap_model_call(self, request: Any, handler: Callable[[Any], Any]) -> Any:
            return call_with_retries(lambda: handler(request), policy)

    return RetryModelCalls()


def build_tool_calling_planner(
    settings: Settings,
    toolbox: Toolbox,
    *,
    model: BaseChatModel | None = None,
    retry_policy: RetryPolicy | None = None,
    max_model_calls: int = 4,
    max_tool_calls: int = 6,
) -> ToolCallingPlanner | None:
    """A tool-calling planner over `toolbox`, or None when there is no model or no tool."""
    from langchain.agents import create_agent
    from langchain.agents.middleware import ModelCallLimitMiddleware, ToolCallLimitMiddleware

    from agent.llm import model_name

    chat_model = model if model is not None else build_chat_model(settings)
    if chat_model is None or len(toolbox) == 0:
        return None
    policy = retry_policy or retry_policy_from_settings(settings)
    graph = create_agent(
        chat_model,
        toolbox.as_langchain_tools(),
        system_prompt=render_prompt(SYSTEM_PROMPT),
        middleware=[
            ModelCallLimitMiddleware(run_limit=max_model_calls, exit_behavior="end"),
            ToolCallLimitMiddleware(run_limit=max_tool_calls, exit_behavior="continue"),
            retry_middleware(policy),
        ],
    )
    return ToolCallingPlanner(graph, model_label=model_name(chat_model))


_TOOL_CALL_TEXT = re.compile(r'^\s*(?:```(?:json)?\s*)?[\[{].*"(?:name|function|tool|arguments|parameters)"\s*:', re.DOTALL)


def looks_like_tool_call_text(text: str) -> bool:
    """True for text that is a JSON tool call (or a list of them) rather than prose for the seller."""
    return bool(_TOOL_CALL_TEXT.match(text))
