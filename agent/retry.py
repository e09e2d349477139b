"""The one retry layer for model calls (the SDK's own retries are off: `max_retries=0`).

Retries rate limits (429), connection errors and timeouts, and 5xx, a bounded number of times,
waiting what the server's `Retry-After` asks (capped) or a short exponential backoff. Never retries
400/401/403/404/422. Whatever still fails becomes `tools.errors.ModelError`, so the caller answers
offline with a note.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from functools import cache
from typing import TypeVar

from tenacity import RetryCallState, RetryError, Retrying, retry_if_exception, stop_after_attempt

from tools.errors import ModelError
from tools.settings import Settings

T = TypeVar("T")


@cache
def retryable_errors() -> tuple[type[BaseException], ...]:
    """The SDK's transient failures. openai loads only when a model is called (about 0.7 s of CPU that an
    offline command never pays)."""
    import openai

    return (
        openai.RateLimitError,
        openai.APIConnectionError,  # includes openai.APITimeoutError
        openai.InternalServerError,
    )


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry; `sleep` is injectable so tests record waits instead of sleeping."""

    max_attempts: int = 3
    max_wait_s: float = 20.0
    base_wait_s: float = 0.5
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False)


def retry_policy_from_settings(settings: Settings, *, sleep: Callable[[float], None] = time.sleep) -> RetryPolicy:
    return RetryPolicy(
        max_attempts=max(1, settings.llm_max_attempts),
        max_wait_s=max(0.0, settings.llm_max_retry_wait_s),
        sleep=sleep,
    )


def is_retryable(exc: BaseException) -> bool:
    return isinstance(exc, retryable_errors())


def retry_after_seconds(exc: BaseException, *, now: datetime | None = None) -> float | None:
    """Seconds the server asked us to wait (`retry-after-ms`, `Retry-After` seconds or HTTP date), if any."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    milliseconds = headers.get("retry-after-ms")
    if milliseconds:
        try:
            return max(0.0, float(milliseconds) / 1000.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


def _wait_seconds(policy: RetryPolicy) -> Callable[[RetryCallState], float]:
    def wait(state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome is not None else None
        asked = retry_after_seconds(exc) if exc is not None else None
        backoff = policy.base_wait_s * (2 ** (state.attempt_number - 1))
        return min(policy.max_wait_s, asked if asked is not None else backoff)

    return wait


def describe_model_failure(exc: BaseException) -> str:
    """A one-line, secret-free description for the turn's notes."""
    import openai

    status = getattr(exc, "status_code", None)
    # langchain-openai re-raises openai's errors as subclasses; name the openai class people know
    kind = next((cls.__name__ for cls in type(exc).__mro__ if cls.__module__.startswith("openai")), type(exc).__name__)
    if isinstance(exc, openai.APITimeoutError):
        return "the model timed out"
    if isinstance(exc, openai.APIConnectionError):
        return "could not reach the model server"
    if status is not None:
        return f"the model server answered {status} ({kind})"
    return kind


def call_with_retries(call: Callable[[], T], policy: RetryPolicy) -> T:
    """Run `call`, retrying transient model failures; raise `ModelError` once it cannot succeed."""
    import openai

    retrying = Retrying(
        stop=stop_after_attempt(policy.max_attempts),
        wait=_wait_seconds(policy),
        retry=retry_if_exception(is_retryable),
        sleep=policy.sleep,
        reraise=False,
    )
    try:
        return retrying(call)
    except RetryError as exhausted:
        last = exhausted.last_attempt.exception()
        detail = describe_model_failure(last) if last is not None else "unknown failure"
        raise ModelError(f"model failed after {policy.max_attempts} attempts: {detail}") from last
    except openai.OpenAIError as exc:  # 400/401/403/...: retrying cannot help
        raise ModelError(f"model failed: {describe_model_failure(exc)}") from exc
