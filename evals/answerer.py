"""The seam between the chat suites and the agent: `Answerer = (question, session_id) -> AgentTurn`.

`build_answerer` wires the real agent service on the eval environment: offline (deterministic planner,
no model), replay (a scripted model per case) or live (the OpenAI-compatible endpoint in settings).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from agent.models import AgentTurn
from evals.environment import DEMO_END_DATE, EvalEnvironment
from evals.results import Mode

Answerer = Callable[[str, str], AgentTurn]


class AnswererUnavailable(RuntimeError):
    """The agent service cannot be built here; the chat suites are skipped with this reason."""


def _service_factory() -> Callable[..., Any]:
    try:
        from agent.factory import build_agent
    except ImportError as exc:
        raise AnswererUnavailable(f"the agent service factory is not available ({exc})") from exc
    return build_agent


def build_answerer(env: EvalEnvironment, mode: Mode, *, model: Any | None = None) -> Answerer:
    """An answerer over the real tools on the eval data; `model` is the replay script's model."""
    factory = _service_factory()
    if mode == "offline":
        settings = env.settings.model_copy(update={"openai_api_key": None})
        service = factory(settings, store=env.store, knowledge_base=env.knowledge_base, as_of=DEMO_END_DATE)
    elif mode == "replay":
        if model is None:
            raise AnswererUnavailable("replay mode needs the case's scripted model")
        settings = env.settings.model_copy(update={"llm_tool_calling": True})
        service = factory(settings, store=env.store, knowledge_base=env.knowledge_base, model=model, as_of=DEMO_END_DATE)
    else:
        if not env.settings.llm_enabled:
            raise AnswererUnavailable("live mode needs OPENAI_API_KEY (and OPENAI_BASE_URL for a local server)")
        service = factory(env.settings, store=env.store, knowledge_base=env.knowledge_base, as_of=DEMO_END_DATE)

    def answer(question: str, session_id: str) -> AgentTurn:
        return service.ask(question, session_id=session_id)

    return answer


def model_label(env: EvalEnvironment, mode: Mode) -> str:
    if mode == "offline":
        return "offline"
    if mode == "replay":
        return "replay-model"
    return f"{env.settings.llm_model} @ {env.settings.openai_base_url or 'api.openai.com'}"
