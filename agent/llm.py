"""The chat model, built from settings, and the one way to call it (through the retry layer)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from agent.models import OFFLINE_MODE, TokenUsage
from agent.retry import RetryPolicy, call_with_retries
from tools.errors import ModelError
from tools.settings import Settings

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel
    from langchain_core.messages import BaseMessage
    from langchain_openai import ChatOpenAI


def build_chat_model(settings: Settings) -> ChatOpenAI | None:
    """`ChatOpenAI` for any OpenAI-compatible server, or None without an API key (offline mode).

    The SDK's own retries are off (`max_retries=0`): `agent/retry.py` is the only retry layer.
    """
    if not settings.llm_enabled:
        return None
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(
        model=settings.llm_model,
        api_key=settings.openai_api_key,
        base_url=settings.openai_base_url,
        timeout=settings.llm_timeout_s,
        temperature=settings.llm_temperature,
        max_retries=0,
        max_tokens=settings.llm_max_output_tokens,
        stream_usage=True,
    )


def model_name(model: BaseChatModel | None) -> str:
    """The name shown as a turn's `mode`."""
    if model is None:
        return OFFLINE_MODE
    for attribute in ("model_name", "model"):
        value = getattr(model, attribute, None)
        if isinstance(value, str) and value:
            return value
    return type(model).__name__


def usage_of(messages: Iterable[BaseMessage]) -> TokenUsage:
    """Model calls and tokens, summed over the AI messages a model produced."""
    from langchain_core.messages import AIMessage

    total = TokenUsage()
    for message in messages:
        if not isinstance(message, AIMessage) or message.response_metadata.get("synthetic"):
            continue
        metadata = message.usage_metadata or {}
        total = total.plus(
            TokenUsage(
                model_calls=1,
                prompt_tokens=int(metadata.get("input_tokens", 0) or 0),
                completion_tokens=int(metadata.get("output_tokens", 0) or 0),
            )
        )
    return total


def message_text(message: BaseMessage) -> str:
    """The plain text of a message whose content may be a string or a list of content blocks."""
    content: Any = message.content
    if isinstance(content, str):
        return content
    parts = []
    for block in content or []:
        if isinstance(block, str):
            parts.append(block)
        elif isinstance(block, dict) and block.get("type") == "text":
            parts.append(str(block.get("text", "")))
    return "".join(parts)


def invoke_text(model: BaseChatModel, messages: Sequence[BaseMessage], policy: RetryPolicy) -> tuple[str, TokenUsage]:
    """Ask the model for plain text (retrying transient failures); `ModelError` if it fails or answers nothing."""
    from langchain_core.messages import AIMessage

    try:
        reply = call_with_retries(lambda: model.invoke(list(messages)), policy)
    except ModelError:
        raise
    except Exception as exc:  # a malformed response, a parsing error: the model misbehaved
        raise ModelError(f"model failed: {exc.__class__.__name__}") from exc
    if not isinstance(reply, AIMessage):
        raise ModelError(f"model failed: unexpected reply type {type(reply).__name__}")
    text = message_text(reply).strip()
    if not text:
        raise ModelError("model failed: it returned an empty answer")
    return text, usage_of([reply])
