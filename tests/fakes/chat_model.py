"""A scripted chat model: each call takes the next scripted reply (an AIMessage, a string, or an exception)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from langchain_core.language_models.fake_chat_models import FakeMessagesListChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import Field

ScriptItem = AIMessage | str | BaseException


def tool_call_turn(*calls: tuple[str, dict[str, Any]], usage: tuple[int, int] = (100, 10)) -> AIMessage:
    """An AI turn asking for tool calls, e.g. `tool_call_turn(("add_numbers", {"a": 1, "b": 2}))`."""
    return AIMessage(
        content="",
        tool_calls=[{"name": name, "args": args, "id": f"call_{position}_{name}"} for position, (name, args) in enumerate(calls)],
        usage_metadata={"input_tokens": usage[0], "output_tokens": usage[1], "total_tokens": sum(usage)},
    )


def text_turn(text: str, usage: tuple[int, int] = (120, 30)) -> AIMessage:
    return AIMessage(
        content=text,
        usage_metadata={"input_tokens": usage[0], "output_tokens": usage[1], "total_tokens": sum(usage)},
    )


class ScriptedChatModel(FakeMessagesListChatModel):
    """Replies in script order (never cycles); records every prompt it received; `bind_tools` is a no-op."""

    responses: list[BaseMessage] = Field(default_factory=list)
    script: list[Any] = Field(default_factory=list)
    received: list[list[BaseMessage]] = Field(default_factory=list)
    model_name: str = "scripted-model"

    @classmethod
    def with_script(cls, items: Iterable[ScriptItem]) -> ScriptedChatModel:
        return cls(script=list(items))

    def enqueue(self, *items: ScriptItem) -> None:
        self.script.extend(items)

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any) -> ScriptedChatModel:  # type: ignore[override]
        return self

    @property
    def calls(self) -> int:
        return len(self.received)

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: Any = None,
        **kwargs: Any,
    ) -> ChatResult:
        self.received.append(list(messages))
        if not self.script:
            raise AssertionError("the scripted chat model ran out of replies")
        item = self.script.pop(0)
        if isinstance(item, BaseException):
            raise item
        message = AIMessage(content=item) if isinstance(item, str) else item
        return ChatResult(generations=[ChatGeneration(message=message)])
