"""Replay mode's model: a scripted chat model that plays back the turns stored with a chat case.

The same idea as the tests' fake (tests/ is not a package the product imports): each call takes the
next scripted reply; `bind_tools` is a no-op; running out of replies is a model failure, so the
service's offline fallback runs exactly as it would with a real model that stopped answering.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from evals.cases import ReplayStep

REPLAY_MODEL_NAME = "replay-model"


class ReplayExhausted(RuntimeError):
    """The scripted model has no reply left for this call."""


def replay_message(step: ReplayStep, *, position: int) -> Any:
    from langchain_core.messages import AIMessage

    usage = {
        "input_tokens": step.prompt_tokens,
        "output_tokens": step.completion_tokens,
        "total_tokens": step.prompt_tokens + step.completion_tokens,
    }
    calls = [
        {"name": call.name, "args": dict(call.arguments), "id": f"replay_{position}_{index}_{call.name}"}
        for index, call in enumerate(step.tool_calls)
    ]
    return AIMessage(content=step.text, tool_calls=calls, usage_metadata=usage)


def build_replay_model(steps: Sequence[ReplayStep]) -> Any:
    """A LangChain chat model that answers with `steps` in order, then fails."""
    from langchain_core.language_models.fake_chat_models import FakeMessagesListChatModel
    from langchain_core.messages import BaseMessage
    from langchain_core.outputs import ChatGeneration, ChatResult
    from pydantic import Field

    class ReplayChatModel(FakeMessagesListChatModel):
        responses: list[BaseMessage] = Field(default_factory=list)
        script: list[Any] = Field(default_factory=list)
        model_name: str = REPLAY_MODEL_NAME

        def bind_tools(self, tools: Sequence[Any], **kwargs: Any) -> ReplayChatModel:  # type: ignore[override]
            return self

        def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None, run_manager: Any = None,
                      **kwargs: Any) -> ChatResult:
            if not self.script:
                raise ReplayExhausted("the replay script has no reply left")
            return ChatResult(generations=[ChatGeneration(message=self.script.pop(0))])

    return ReplayChatModel(script=[replay_message(step, position=n) for n, step in enumerate(steps)])
