"""The optional model pass over feedback the offline tagger is unsure about (off by default).

Batched (several texts per call), each text inside its own data block, the reply parsed as JSON and
validated against `ModelVerdicts`; every verdict then passes `tools.tagging.refinements.check_verdict`
(tags from the fixed list, evidence quoted from the text) or is dropped. Accepted verdicts are cached
by text hash and prompt version, so a text is sent at most once. A failed call leaves the offline
tags in place. The report says what it cost.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, ValidationError

from agent.llm import invoke_text, model_name
from agent.prompts import DataBlock, Trusted, render_prompt
from agent.retry import RetryPolicy
from tools.errors import ModelError
from tools.settings import Settings
from tools.store import Store
from tools.tagging.refinements import (
    ModelVerdicts,
    Refinement,
    RefinementRequest,
    cached_refinements,
    check_verdict,
    save_refinements,
)

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

PROMPT_NAME = "tag_review_v1"
_ANSWER_SHAPE = '{"items": [{"id": "<item id>", "negative": true, "tags": ["<tag>"], "evidence": {"<tag>": "<exact words>"}}]}'
_JSON_OBJECT = re.compile(r"\{.*\}", re.DOTALL)


class RefinementReport(BaseModel):
    """What one model pass did and cost."""

    model_config = ConfigDict(extra="forbid")

    model: str
    requested: int = 0
    from_cache: int = 0
    sent: int = 0
    accepted: int = 0
    rejected: int = 0
    failed_calls: int = 0
    model_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0
    estimated_cost: float | None = None


def _parse(reply: str) -> ModelVerdicts | None:
    match = _JSON_OBJECT.search(reply)
    if match is None:
        return None
    try:
        return ModelVerdicts.model_validate(json.loads(match.group()))
    except (json.JSONDecodeError, ValidationError):
        return None


def _ask(model: BaseChatModel, batch: Sequence[RefinementRequest], policy: RetryPolicy, report: RefinementReport) -> list[Refinement]:
    from langchain_core.messages import HumanMessage

    ids = {f"item{number}": request for number, request in enumerate(batch, 1)}
    prompt = render_prompt(PROMPT_NAME, items=[DataBlock(id=item_id, text=request.text) for item_id, request in ids.items()],
                           answer_shape=Trusted(_ANSWER_SHAPE))
    try:
        reply, usage = invoke_text(model, [HumanMessage(content=prompt)], policy)
    except ModelError:
        report.failed_calls += 1
        return []
    report.model_calls += usage.model_calls or 1
    report.prompt_tokens += usage.prompt_tokens
    report.completion_tokens += usage.completion_tokens
    verdicts = _parse(reply)
    if verdicts is None:
        report.failed_calls += 1
        return []
    accepted = []
    for verdict in verdicts.items:
        request = ids.get(verdict.id)
        refinement = check_verdict(request, verdict) if request is not None else None
        if refinement is None:
            report.rejected += 1
        else:
            accepted.append(refinement)
    return accepted


def refine_uncertain(
    requests: Sequence[RefinementRequest],
    *,
    model: BaseChatModel,
    settings: Settings,
    store: Store | None = None,
    policy: RetryPolicy | None = None,
) -> tuple[dict[str, Refinement], RefinementReport]:
    """Model verdicts for `requests` (cached ones first), keyed by text hash, and the cost report."""
    started = time.perf_counter()
    name = model_name(model)
    report = RefinementReport(model=name, requested=len(requests))
    results: dict[str, Refinement] = {}
    if store is not None:
        results = cached_refinements(store, [request.text_hash for request in requests], PROMPT_NAME)
    report.from_cache = len(results)
    pending = [request for request in requests if request.text_hash not in results]
    report.sent = len(pending)
    fresh: list[Refinement] = []
    policy = policy or RetryPolicy(max_attempts=max(1, settings.llm_max_attempts), max_wait_s=settings.llm_max_retry_wait_s)
    for start in range(0, len(pending), settings.tagging_model_batch):
        fresh.extend(_ask(model, pending[start : start + settings.tagging_model_batch], policy, report))
    report.accepted = len(fresh)
    results.update({refinement.text_hash: refinement for refinement in fresh})
    if store is not None and fresh:
        save_refinements(store, fresh, prompt_version=PROMPT_NAME, model=name)
    if settings.llm_price_input_per_1k is not None and settings.llm_price_output_per_1k is not None:
        report.estimated_cost = round(
            report.prompt_tokens / 1000 * settings.llm_price_input_per_1k
            + report.completion_tokens / 1000 * settings.llm_price_output_per_1k,
            6,
        )
    report.seconds = round(time.perf_counter() - started, 2)
    return results, report


def run_model_pass(store: Store, settings: Settings, model: BaseChatModel, *, limit: int | None = None) -> RefinementReport:
    """Read again, with the model, the stored feedback the offline tagger is unsure about.

    Items with an accepted verdict are re-tagged from it (their cached tags are dropped first), so
    the VoC figures that follow count the refined tags; everything else keeps its offline tags.
    """
    from tools.tagging.cache import forget_items, tag_store, uncertain_items

    found = uncertain_items(store, limit=settings.tagging_model_max_items if limit is None else limit)
    unique = {request.text_hash: request for _, _, request in found}
    refinements, report = refine_uncertain(list(unique.values()), model=model, settings=settings, store=store)
    for kind in ("review", "return"):
        forget_items(store, kind, [item_id for item_kind, item_id, request in found if item_kind == kind and request.text_hash in refinements])
    tag_store(store)
    return report
