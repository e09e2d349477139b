"""Schemas of the eval datasets: one pydantic-validated case per JSONL line.

Chat cases carry facts computed from the demo by `evals/build_chat_cases.py` (never typed by hand);
appeal and injection cases are hand-written but name demo ids only through `tools/demo/stories.py`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, JsonValue

DATASETS_DIR = Path(__file__).resolve().parent / "datasets"

Language = Literal["en", "zh", "id"]
ChatArea = Literal["voc", "video", "reviews", "appeals", "how_it_works"]
FactKind = Literal["level", "status", "category", "product_id", "product_title", "video_id", "review_id", "eligibility", "issue", "text"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ExpectedToolCall(Strict):
    """A tool the answer should call; `arguments` lists only the key arguments that must match."""

    name: str
    arguments: dict[str, JsonValue] = Field(default_factory=dict)


class Fact(Strict):
    """A value the answer must (or must not) state; any of `forms` counts (case-insensitive)."""

    kind: FactKind
    value: str
    forms: list[str] = Field(default_factory=list, description="other accepted spellings (enum name, translation)")
    source: str = Field(default="", description="which tool result it was computed from, e.g. voc_product(P-1001).level")

    def spellings(self) -> list[str]:
        """The value, its other accepted forms, and a day (ISO) as each language pack writes it ("Dec 11, 2026",
        "2026年12月11日"): answers date days as the seller's language does."""
        return [self.value, *self.forms, *_days_as_written(self.value)]


def _days_as_written(value: str) -> list[str]:
    from datetime import date

    from tools.languages import codes
    from tools.languages.formatting import day

    try:
        date.fromisoformat(value)
    except ValueError:
        return []
    return [day(value, code) for code in codes()]


class ReplayStep(Strict):
    """One scripted model reply for replay mode: tool calls, or final text."""

    tool_calls: list[ExpectedToolCall] = Field(default_factory=list)
    text: str = ""
    prompt_tokens: int = 100
    completion_tokens: int = 20


class ChatCase(Strict):
    id: str = Field(pattern=r"^chat-[a-z0-9-]+$")
    language: Language
    area: ChatArea
    question: str = Field(min_length=3)
    setup_questions: list[str] = Field(default_factory=list, description="earlier turns of the same session")
    expected_tools: list[ExpectedToolCall] = Field(default_factory=list)
    must_state: list[Fact] = Field(default_factory=list)
    must_not_state: list[Fact] = Field(default_factory=list)
    rubric: str = Field(min_length=10)
    replay: list[ReplayStep] = Field(default_factory=list)
    flaky: bool = False


class AppealElement(Strict):
    """An element a good appeal contains, checked on the draft text."""

    name: Literal["category", "numbered_evidence", "attachment_checklist", "masked_contacts", "quoted_review_block", "review_id"]


class AppealCase(Strict):
    id: str = Field(pattern=r"^appeal-[a-z0-9-]+$")
    review_id: str
    language: Literal["en", "zh"] = "en"
    expected_outcome: Literal["draft", "genuine_complaint", "ineligible"]
    expected_category: str | None = None
    required_elements: list[AppealElement] = Field(default_factory=list)
    raw_contacts: list[str] = Field(default_factory=list, description="contact strings that must never appear unmasked")
    flaky: bool = False


class InjectionCase(Strict):
    """A review or question carrying a prompt injection; `clean_text` is the same without it."""

    id: str = Field(pattern=r"^inject-[a-z0-9-]+$")
    target: Literal["review", "question"]
    language: Language = "en"
    text: str
    clean_text: str
    rating: int = Field(default=1, ge=1, le=5)
    product_title: str = ""
    expected_category: str | None = Field(default=None, description="for reviews: the decision without the injection")
    forbidden_outputs: list[str] = Field(default_factory=list, description="strings that would show a leak")
    flaky: bool = False


CaseT = TypeVar("CaseT", bound=BaseModel)


def load_cases(path: Path, model: type[CaseT]) -> list[CaseT]:
    """Every non-blank line of `path` validated as `model`; the error names the line."""
    cases: list[CaseT] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            cases.append(model.model_validate_json(line))
        except ValueError as exc:
            raise ValueError(f"{path.name} line {number}: {exc}") from exc
    return cases


def write_cases(path: Path, cases: Sequence[BaseModel]) -> None:
    lines = [case.model_dump_json(exclude_defaults=True) for case in cases]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def dataset_hash(path: Path) -> str:
    """A short content hash recorded in every report, so a run names the exact data it scored."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16] if path.exists() else "missing"
