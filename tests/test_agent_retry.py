"""The one retry layer, run for real through `openai`/ChatOpenAI against a fake server on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone

import httpx
import openai
import pytest
from langchain_core.messages import HumanMessage

from agent.llm import build_chat_model, invoke_text
from agent.retry import RetryPolicy, call_with_retries, retry_after_seconds, retry_policy_from_settings
from tests.fakes.openai_server import FakeOpenAIServer
from tools.errors import ModelError
from tools.settings import Settings, load_settings


class RecordedSleep:
    """Stands in for time.sleep: records how long the retry layer would have waited."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
def fake_openai() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer() as server:
        yield server


def model_settings(server: FakeOpenAIServer, tmp_path: object, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "openai_api_key": "sk-test",
        "openai_base_url": server.base_url,
        "llm_model": "fake-model",
        "llm_timeout_s": 0.3,
        "llm_max_attempts": 3,
        "llm_max_retry_wait_s": 20.0,
        "data_dir": tmp_path,
        "_env_file": None,
    }
    values.update(overrides)
    return load_settings(**values)


def ask(settings: Settings, sleep: RecordedSleep) -> tuple[str, object]:
    model = build_chat_model(settings)
    assert model is not None
    return invoke_text(model, [HumanMessage("hello")], retry_policy_from_settings(settings, sleep=sleep))


def test_no_key_means_no_model(settings: Settings) -> None:
    assert build_chat_model(settings) is None


def test_chat_model_is_built_from_settings_with_sdk_retries_off(fake_openai: FakeOpenAIServer, tmp_path: object) -> None:
    model = build_chat_model(model_settings(fake_openai, tmp_path, llm_temperature=0.2))
    assert model is not None
    assert model.max_retries == 0
    assert model.model_name == "fake-model"
    assert model.openai_api_base == fake_openai.base_url
    assert model.request_timeout == 0.3
    assert model.temperature == 0.2
    assert model.root_client.max_retries == 0


def test_a_normal_completion_reports_its_usage(fake_openai: FakeOpenAIServer, tmp_path: object) -> None:
    fake_openai.reply_text("Hi there", usage=(42, 7))
    sleep = RecordedSleep()
    text, usage = ask(model_settings(fake_openai, tmp_path), sleep)
    assert text == "Hi there"
    assert (usage.model_calls, usage.prompt_tokens, usage.completion_tokens) == (1, 42, 7)
    assert fake_openai.request_count == 1
    assert fake_openai.requests[0]["headers"]["authorization"] == "Bearer sk-test"
    assert sleep.waits == []
    # every reply is capped, so a small model that loops cannot run until the timeout
    sent = fake_openai.requests[0]["json"]
    assert sent.get("max_tokens", sent.get("max_completion_tokens")) == 600


def test_429_is_retried_after_the_servers_retry_after(fake_openai: FakeOpenAIServer, tmp_path: object) -> None:
    fake_openai.reply_error(429, headers={"Retry-After": "2"}).reply_text("ok")
    sleep = RecordedSleep()
    text, _ = ask(model_settings(fake_openai, tmp_path), sleep)
    assert text == "ok"
    assert fake_openai.request_count == 2
    assert sleep.waits == [2.0]


def test_retry_after_is_capped_by_settings(fake_openai: FakeOpenAIServer, tmp_path: object) -> None:
    fake_openai.reply_error(429, headers={"Retry-After": "600"}).reply_text("ok")
    sleep = RecordedSleep()
    ask(model_settings(fake_openai, tmp_path, llm_max_retry_wait_s=5.0), sleep)
    assert sleep.waits == [5.0]


def test_retry_after_ms_header_wins(fake_openai: FakeOpenAIServer, tmp_path: object) -> None:
    fake_openai.reply_error(429, headers={"retry-after-ms": "250", "Retry-After": "9"}).reply_text("ok")
    sleep = RecordedSleep()
    ask(model_settings(fake_openai, tmp_path), sleep)
    assert sleep.waits == [0.25]


def test_5xx_is_retried_with_backoff_and_exhaustion_raises_model_error(fake_openai: FakeOpenAIServer, tmp_path: object) -> None:
    for _ in range(3):
        fake_openai.reply_error(500)
    sleep = RecordedSleep()
    with pytest.raises(ModelError, match="after 3 attempts.*500"):
        ask(model_settings(fake_openai, tmp_path), sleep)
    assert fake_openai.request_count == 3  # bounded: no SDK retries on top of ours
    assert sleep.waits == [0.5, 1.0]


@pytest.mark.parametrize("status", [400, 401, 403])
def test_client_errors_are_never_retried(fake_openai: FakeOpenAIServer, tmp_path: object, status: int) -> None:
    fake_openai.reply_error(status).reply_text("never reached")
    sleep = RecordedSleep()
    with pytest.raises(ModelError, match=str(status)):
        ask(model_settings(fake_openai, tmp_path), sleep)
    assert fake_openai.request_count == 1
    assert sleep.waits == []


def test_a_slow_server_times_out_and_is_retried(fake_openai: FakeOpenAIServer, tmp_path: object) -> None:
    fake_openai.reply_slowly().reply_text("fast now")
    sleep = RecordedSleep()
    text, _ = ask(model_settings(fake_openai, tmp_path, llm_timeout_s=0.2), sleep)
    assert text == "fast now"
    assert fake_openai.request_count == 2
    assert len(sleep.waits) == 1


def test_a_slow_server_every_time_ends_in_model_error(fake_openai: FakeOpenAIServer, tmp_path: object) -> None:
    fake_openai.reply_slowly().reply_slowly()
    with pytest.raises(ModelError, match="timed out"):
        ask(model_settings(fake_openai, tmp_path, llm_timeout_s=0.1, llm_max_attempts=2), RecordedSleep())
    assert fake_openai.request_count == 2


def test_an_empty_answer_is_a_model_error(fake_openai: FakeOpenAIServer, tmp_path: object) -> None:
    fake_openai.reply_text("   ")
    with pytest.raises(ModelError, match="empty"):
        ask(model_settings(fake_openai, tmp_path), RecordedSleep())


def test_an_unreachable_server_is_a_connection_error_and_retried(tmp_path: object) -> None:
    server = FakeOpenAIServer().start()
    base_url = server.base_url
    server.stop()  # nothing listens there any more
    settings = load_settings(openai_api_key="sk-test", openai_base_url=base_url, llm_max_attempts=2, data_dir=tmp_path, _env_file=None)
    sleep = RecordedSleep()
    with pytest.raises(ModelError, match="could not reach"):
        ask(settings, sleep)
    assert len(sleep.waits) == 1


# --- the policy on its own --------------------------------------------------------------------
def _rate_limit(headers: dict[str, str]) -> openai.RateLimitError:
    request = httpx.Request("POST", "http://127.0.0.1/v1/chat/completions")
    response = httpx.Response(429, headers=headers, request=request)
    return openai.RateLimitError("rate limited", response=response, body=None)


def test_retry_after_accepts_seconds_and_http_dates() -> None:
    now = datetime(2026, 11, 20, 12, 0, 0, tzinfo=timezone.utc)
    assert retry_after_seconds(_rate_limit({"Retry-After": "3"})) == 3.0
    assert retry_after_seconds(_rate_limit({"Retry-After": "Fri, 20 Nov 2026 12:00:07 GMT"}), now=now) == 7.0
    assert retry_after_seconds(_rate_limit({"Retry-After": "soon"})) is None
    assert retry_after_seconds(_rate_limit({})) is None
    assert retry_after_seconds(ValueError("no response")) is None


def test_non_model_exceptions_pass_through_unretried() -> None:
    calls: list[int] = []

    def broken() -> str:
        calls.append(1)
        raise KeyError("bug")

    with pytest.raises(KeyError):
        call_with_retries(broken, RetryPolicy(max_attempts=3, sleep=RecordedSleep()))
    assert calls == [1]


def test_attempts_are_bounded_by_the_policy() -> None:
    sleep = RecordedSleep()
    calls: list[int] = []

    def always_limited() -> str:
        calls.append(1)
        raise _rate_limit({})

    with pytest.raises(ModelError):
        call_with_retries(always_limited, RetryPolicy(max_attempts=4, max_wait_s=1.5, base_wait_s=0.5, sleep=sleep))
    assert len(calls) == 4
    assert sleep.waits == [0.5, 1.0, 1.5]
