"""The chat seam between the app and the agent: one turn as a stream of chat messages.

No gradio here: messages are plain `{"role", "content", "metadata"}` dicts, which Gradio's Chatbot
renders (a `metadata.title` makes a collapsible tool step).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Sequence
from typing import Any, Protocol

from agent.offline.messages import step_title
from tools.errors import AppError
from tools.languages import say

log = logging.getLogger("seller_copilot.app")
Message = dict[str, Any]
EXAMPLE_QUESTIONS = [
    "Which products should I fix first?",
    "Why is the Blue Satin Midi Dress at risk?",
    "Which of my videos can do better, and how?",
    "Which bad reviews can I report?",
]


class Agent(Protocol):
    def ask(self, question: str, *, session_id: str = ...) -> Any: ...


def mode_label(deps: Any) -> str:
    """'offline' or the model's name, as the badge shows it."""
    settings = deps.services.settings
    return settings.llm_model if settings.llm_enabled else "offline"


def _step(record: Any, language: str) -> Message:
    arguments = json.dumps(record.arguments, ensure_ascii=False)
    if record.error:
        body = f"Arguments: `{arguments}`\n\n⚠ {record.error}"
    else:
        preview = json.dumps(record.result, ensure_ascii=False, default=str)
        body = f"Arguments: `{arguments}`\n\nResult ({len(preview):,} characters): `{preview[:400]}`" + (
            "…" if len(preview) > 400 else "")
    return {
        "role": "assistant", "content": body,
        "metadata": {"title": f"⚙ {step_title(language, record.name, dict(record.arguments))}" + (" (failed)" if record.error else ""),
                     "status": "done",
                     "duration": round(record.elapsed_ms / 1000.0, 3)},
    }


# An answer longer than this many lines after its first paragraph shows the rest folded under "Details": the point
# stays in view, the figures are a click away.
LONG_ANSWER_LINES = 8


def with_details(answer: str, language: str) -> str:
    """The answer's first paragraph (its point), then the rest inside a collapsible block when it is long."""
    point, sep, rest = answer.partition("\n\n")
    if not sep or rest.count("\n") < LONG_ANSWER_LINES:
        return answer
    return f"{point}\n\n<details><summary>{say(language, 'ui_details')}</summary>\n\n{rest}\n\n</details>"


def citations_markdown(titles: Sequence[str]) -> str:
    if not titles:
        return ""
    return "\n\n**Sources:** " + "; ".join(titles) + " (open them under *Playbook entries*)"


def answer_stream(question: str, history: Sequence[Message], session_id: str, *, agent: Agent | None) -> Iterator[
        tuple[list[Message], Any]]:
    """One chat turn: a pending step, then the tool steps, then the answer with citations.

    Yields (messages, turn-or-None); never raises: a failure becomes an error message in the chat.
    """
    del history  # the agent keeps its own per-session memory, keyed by `session_id`
    pending: Message = {"role": "assistant", "content": "Planning which tools to call…",
                        "metadata": {"title": "⚙ Working on it", "status": "pending"}}
    yield [pending], None
    if not question or not question.strip():
        yield [{"role": "assistant", "content": "Ask me something about your shop, e.g. *Which products should I fix first?*"}], None
        return
    if agent is None:
        yield [{"role": "assistant", "content": "⚠ The chat agent is not available in this build. "
                                                "The VoC, Videos, Reviews and Data tabs still work."}], None
        return
    try:
        turn = agent.ask(question.strip(), session_id=session_id)
    except AppError as exc:
        yield [{"role": "assistant", "content": f"⚠ {exc}"}], None
        return
    except Exception as exc:  # a turn never hangs or crashes the page
        log.exception("chat turn failed")
        yield [{"role": "assistant", "content": f"⚠ Sorry, that failed ({type(exc).__name__}). Try again or rephrase."}], None
        return
    steps = [_step(record, turn.language) for record in turn.tool_calls]
    notes = "".join(f"\n\n<sub>ℹ {note}</sub>" for note in turn.notes)
    words = turn.answer.split(" ")
    chunk = max(1, len(words) // 8)
    for end in range(chunk, len(words), chunk):  # stream the answer in a few pieces
        yield [*steps, {"role": "assistant", "content": " ".join(words[:end])}], None
    final = with_details(turn.answer, turn.language) + citations_markdown([title for title, _ in turn.cited_entries()]) + notes
    yield [*steps, {"role": "assistant", "content": final}], turn
