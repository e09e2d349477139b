"""The optional LLM judge for chat rubrics: temperature 0, verdicts cached in a committed file.

Offline (no model), a verdict is read from the cache or the case is "skipped" — never "passed".
The cache key covers the question, the rubric and the exact answer, so a changed answer is re-judged.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from agent.prompts import data_block

JUDGE_CACHE_PATH = Path(__file__).resolve().parent / "judge_cache.json"
JUDGE_PROMPT_PATH = Path(__file__).resolve().parent / "prompts" / "judge_v1.md"

Verdict = Literal["pass", "fail", "skipped"]


class CachedVerdict(BaseModel):
    model_config = ConfigDict(extra="forbid")

    case_id: str
    verdict: Literal["pass", "fail"]
    reason: str
    model: str


def verdict_key(question: str, rubric: str, answer: str) -> str:
    digest = hashlib.sha256("\x1f".join((question, rubric, answer)).encode("utf-8")).hexdigest()
    return digest[:24]


def judge_prompt(question: str, rubric: str, answer: str) -> str:
    template = JUDGE_PROMPT_PATH.read_text(encoding="utf-8")
    return template.format(
        question=data_block("question", question), rubric=data_block("rubric", rubric), answer=data_block("answer", answer)
    )


def parse_verdict(text: str) -> tuple[Literal["pass", "fail"], str]:
    """`PASS: reason` / `FAIL: reason`; anything else is a fail (an unreadable verdict never passes)."""
    line = text.strip().splitlines()[0] if text.strip() else ""
    head, _, reason = line.partition(":")
    return ("pass" if head.strip().upper() == "PASS" else "fail"), reason.strip() or line[:200]


class RubricJudge:
    def __init__(self, *, cache_path: Path = JUDGE_CACHE_PATH, model: Any | None = None, model_label: str = "") -> None:
        self._cache_path = cache_path
        self._model = model
        self._model_label = model_label
        self._cache: dict[str, CachedVerdict] = {}
        self._dirty = False
        if cache_path.exists():
            raw = json.loads(cache_path.read_text(encoding="utf-8"))
            self._cache = {key: CachedVerdict.model_validate(value) for key, value in raw.items()}

    @property
    def can_judge(self) -> bool:
        return self._model is not None

    def judge(self, case_id: str, question: str, rubric: str, answer: str) -> tuple[Verdict, str]:
        key = verdict_key(question, rubric, answer)
        cached = self._cache.get(key)
        if cached is not None:
            return cached.verdict, cached.reason
        if self._model is None:
            return "skipped", "no cached verdict and no judge model"
        from langchain_core.messages import HumanMessage

        from agent.llm import message_text

        reply = self._model.invoke([HumanMessage(judge_prompt(question, rubric, answer))])
        verdict, reason = parse_verdict(message_text(reply))
        self._cache[key] = CachedVerdict(case_id=case_id, verdict=verdict, reason=reason, model=self._model_label)
        self._dirty = True
        return verdict, reason

    def save(self) -> None:
        if not self._dirty:
            return
        ordered = {key: self._cache[key].model_dump() for key in sorted(self._cache)}
        self._cache_path.write_text(json.dumps(ordered, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        self._dirty = False


def build_judge_model(settings: Any) -> Any | None:
    """The settings' chat model at temperature 0, or None offline."""
    from agent.llm import build_chat_model

    return build_chat_model(settings.model_copy(update={"llm_temperature": 0.0}))
