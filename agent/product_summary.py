"""A product's summary written by a model, held to the diagnosis: the offline summary when it cannot be.

The model gets the diagnosis, the buyers' words (delimited as data) and the offline summary as a draft. Its
text stands only when every number in it is one of the diagnosis's, every quote is a buyer's words, every label
sits with the item the results give it, and it is in the seller's language. Otherwise, or when the model fails,
the offline summary stands with a note saying why. Written summaries are cached by the diagnosis (which changes
whenever the product's data or window does), the language and the model, so each is written once.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from agent.guard import check_grounding
from agent.prompts import DataBlock, Trusted, render_prompt
from agent.retry import RetryPolicy, call_with_retries
from agent.writer import language_name, written_in
from tools.languages import formatting as fmt
from tools.voc.models import ActionStep, ProductDiagnosis, ProductSummary
from tools.voc.summary import invented_quotes, issue_name, reads_as, summarise, unnamed_issues, unstated_figures

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from tools.settings import Settings

log = logging.getLogger(__name__)

PROMPT = "product_summary_v2"
MAX_CHARS = 900
_RAW_VALUE = re.compile(r"\b(?:null|None|NaN)\b")
_MARKUP = re.compile(r"#{1,6}\s|\*\*|(?:^|\s)(?:[-*•]|\d+\.)\s+\*{0,2}[^\W\d]")  # "### …", "**…**", "1. …", "- …"


def summary_problems(d: ProductDiagnosis, text: str, language: str) -> list[str]:
    """Why a written summary cannot stand: numbers, quotes or labels the diagnosis does not hold, or the wrong
    language or length. Empty: it stands."""
    problems: list[str] = []
    if not text.strip():
        return ["empty"]
    facts = d.model_dump(mode="json", exclude={"summary", "action_plan"})
    report = check_grounding(text, [facts], language=language)
    if report.unsupported:
        problems.append("not in the diagnosis: " + ", ".join(item.text for item in report.unsupported[:5]))
    # Stricter than the chat's guard: a number must be one of the diagnosis's figures, not any number in it (a
    # buyer's "6 bottles" is in the feedback, not a fact about the product).
    if stray := unstated_figures(d, text, language):
        problems.append(f"figures the diagnosis does not state: {stray[:5]}")
    if invented := invented_quotes(d, text):
        problems.append(f"quotes no buyer wrote: {invented[:3]}")
    if not written_in(text, language) or reads_as(d, text) not in (language, "und"):
        problems.append(f"not written in {language}")
    if _RAW_VALUE.search(text):
        problems.append("a raw data value (null, None, NaN) in the text")
    if len(text) > MAX_CHARS:
        problems.append(f"{len(text)} characters")
    if _MARKUP.search(text):
        problems.append("headings or lists instead of sentences")
    return problems


class ModelSummaryWriter:
    """Writes product summaries with a chat model under the guard; falls back to the offline summary."""

    def __init__(self, model: BaseChatModel, policy: RetryPolicy, *, cache_dir: Path | None = None) -> None:
        self._model = model
        self._policy = policy
        self._cache_dir = cache_dir
        self._memory: dict[str, ProductSummary] = {}
        self._lock = threading.Lock()

    def key(self, d: ProductDiagnosis, language: str, *, prompt: str = PROMPT) -> str:
        """The cache key: the prompt, the model, the language and the diagnosis (which changes with the data)."""
        facts = d.model_dump_json(exclude={"summary", "action_plan"})
        name = str(getattr(self._model, "model_name", "") or getattr(self._model, "model", "") or type(self._model).__name__)
        return hashlib.sha256(f"{prompt}|{name}|{language}|{facts}".encode()).hexdigest()[:32]

    def invoke(self, prompt: str) -> str:
        """The model's reply to one prompt, through the retry layer."""
        reply = call_with_retries(lambda: self._model.invoke(prompt), self._policy)
        return str(reply.content)

    def cached_text(self, key: str) -> str | None:
        found = self._cached(key)
        return None if found is None else found.text

    def keep_text(self, key: str, text: str) -> None:
        self._keep(key, ProductSummary(text=text, mode="model", language=""))

    def _cached(self, key: str) -> ProductSummary | None:
        with self._lock:
            if key in self._memory:
                return self._memory[key]
        if self._cache_dir is not None and (path := self._cache_dir / f"{key}.json").is_file():
            try:
                found = ProductSummary.model_validate_json(path.read_text(encoding="utf-8"))
            except ValueError:
                return None  # a damaged cache file is written again
            with self._lock:
                self._memory[key] = found
            return found
        return None

    def _keep(self, key: str, summary: ProductSummary) -> None:
        with self._lock:
            self._memory[key] = summary
        if self._cache_dir is not None:
            self._cache_dir.mkdir(parents=True, exist_ok=True)
            (self._cache_dir / f"{key}.json").write_text(summary.model_dump_json(), encoding="utf-8")

    def write(self, d: ProductDiagnosis, *, language: str = "en") -> ProductSummary:
        offline = summarise(d, language=language)
        if d.negative_items == 0 or not d.issues:
            # Nothing to summarise, or too few complaints to rank an issue: the rules' sentences quote the buyers
            # themselves, and a model given one complaint embellishes it (the local model wrote "purchased 90
            # days ago" from the window's 90 days, and "the seller did not respond", which no buyer wrote).
            return offline
        key = self.key(d, language)
        if (cached := self._cached(key)) is not None:
            return cached
        feedback = _feedback(d)
        prompt = render_prompt(
            PROMPT, answer_language=Trusted(language_name(language)), draft=Trusted(offline.text),
            diagnosis=Trusted(json.dumps(_facts(d, language), ensure_ascii=False)), feedback=feedback)
        try:
            reply = self.invoke(prompt)
        except Exception as exc:  # noqa: BLE001 - a failed model call degrades to the offline summary
            log.warning("product summary: %s", exc)
            return offline.model_copy(update={"note": f"The model was unavailable ({exc}); this summary is the offline one."})
        text = " ".join(reply.split())
        problems = summary_problems(d, text, language)
        if missing := unnamed_issues(d, text, language):  # a summary says what buyers complain about, by name
            problems.append(f"issues not named: {', '.join(issue_name(language, issue) for issue in missing)}")
        if problems:
            log.info("product summary for %s not used: %s", d.product_id, "; ".join(problems))
            summary = offline.model_copy(update={"note": "The model's summary did not hold to the data ("
                                                         + "; ".join(problems) + "); this one is the offline summary."})
        else:
            summary = ProductSummary(text=text, mode="model", language=language, quotes=offline.quotes)
        self._keep(key, summary)
        return summary


PLAN_PROMPT = "action_plan_v1"
_STEP_LINE = re.compile(r"^\s*(\d+)[.)]\s*(.+?)\s*$")


def rewrite_plan(writer: ModelSummaryWriter, d: ProductDiagnosis, steps: list[ActionStep], *, language: str) -> list[ActionStep]:
    """The plan's steps reworded by the model for this product, each kept only when it holds to the data (its
    figures the diagnosis's, no quote a buyer did not write, the seller's language); a step that does not keeps
    its templated text. The steps' kinds and playbook entries never change."""
    if not steps or d.negative_items == 0:
        return steps
    key = writer.key(d, language, prompt=PLAN_PROMPT)
    if (cached := writer.cached_text(key)) is not None:
        lines = cached.split("\n")
    else:
        draft = "\n".join(f"{number}. {step.text}" for number, step in enumerate(steps, start=1))
        prompt = render_prompt(
            PLAN_PROMPT, answer_language=Trusted(language_name(language)), count=Trusted(str(len(steps))),
            diagnosis=Trusted(json.dumps(_facts(d, language), ensure_ascii=False)), draft=Trusted(draft),
            feedback=_feedback(d))
        try:
            reply = writer.invoke(prompt)
        except Exception as exc:  # noqa: BLE001 - a failed model call keeps the templated plan
            log.warning("action plan: %s", exc)
            return steps
        numbered = {int(m.group(1)): m.group(2) for line in reply.splitlines() if (m := _STEP_LINE.match(line))}
        lines = [numbered.get(number, "") for number in range(1, len(steps) + 1)]
        writer.keep_text(key, "\n".join(lines))
    rewritten = []
    for step, line in zip(steps, lines, strict=False):
        good = bool(line) and not summary_problems(d, line, language)
        rewritten.append(step.model_copy(update={"text": line}) if good else step)
    return rewritten + steps[len(rewritten):]


def _feedback(d: ProductDiagnosis) -> list[DataBlock]:
    blocks = [DataBlock(id=f"{issue.tag}-{quote.item_id}", text=quote.text) for issue in d.issues[:3] for quote in issue.evidence]
    return blocks + [DataBlock(id=f"unranked-{quote.item_id}", text=quote.text) for quote in d.unranked_evidence]


def _facts(d: ProductDiagnosis, language: str) -> dict[str, object]:
    """The diagnosis's figures a summary may state, short (a small model reads a long prompt slowly)."""
    return {
        "product": d.title, "level": d.level.value, "days": d.window.days, "orders": d.estimate.orders,
        "negative_feedback_items": d.negative_items, "negative_rate": fmt.percent(d.estimate.rate, language),
        "previous_negative_rate": fmt.percent(d.previous.rate, language) if d.previous and d.previous.orders else None,
        "issues": [{"issue": issue_name(language, issue), "items": issue.count, "share": fmt.percent(issue.share, language, 0)}
                   for issue in d.issues[:3]],
        "words_buyers_use": [keyword.keyword for keyword in d.keywords[:3]],
        "reviews_left_out_not_about_this_product": len(d.excluded),
    }


def build_summary_writer(settings: Settings) -> ModelSummaryWriter | None:
    """The model summary writer when a model is configured (`OPENAI_API_KEY`), else None: offline summaries."""
    from agent.llm import build_chat_model
    from agent.retry import retry_policy_from_settings

    model = build_chat_model(settings)
    if model is None:
        return None
    return ModelSummaryWriter(model, retry_policy_from_settings(settings), cache_dir=settings.data_dir / "cache" / "summaries")
