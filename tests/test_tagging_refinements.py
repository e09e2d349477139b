"""The optional model pass: verdict checks, the cache, batching, cost, and falling back offline."""

from __future__ import annotations

import json
from datetime import datetime

from agent.tag_refiner import refine_uncertain
from tests.fakes.chat_model import ScriptedChatModel, text_turn
from tools.settings import Settings
from tools.store import Store
from tools.tagging.cache import tag_store
from tools.tagging.refinements import (
    ModelVerdict,
    RefinementRequest,
    cached_refinements,
    check_verdict,
    save_refinements,
    text_hash,
)
from tools.tagging.taxonomy import IssueTag


def _request(text: str) -> RefinementRequest:
    return RefinementRequest(text_hash=text_hash(text), text=text, language="en", offline_tags=[], offline_negative=False)


def test_a_verdict_must_quote_the_text() -> None:
    request = _request("The box came crushed and one cup is missing")
    good = ModelVerdict(id="item1", negative=True, tags=[IssueTag.DAMAGED_OR_MISSING], evidence={"damaged_or_missing": "box came CRUSHED"})
    assert check_verdict(request, good) is not None
    invented = ModelVerdict(id="item1", negative=True, tags=[IssueTag.SAFETY], evidence={"safety": "caught fire"})
    assert check_verdict(request, invented) is None
    unquoted = ModelVerdict(id="item1", negative=True, tags=[IssueTag.WRONG_ITEM])
    assert check_verdict(request, unquoted) is None
    contradictory = ModelVerdict(id="item1", negative=False, tags=[IssueTag.DAMAGED_OR_MISSING],
                                 evidence={"damaged_or_missing": "crushed"})
    assert check_verdict(request, contradictory) is None


def _reply(*verdicts: dict) -> str:
    return "Here you go:\n" + json.dumps({"items": list(verdicts)})


def test_batched_pass_validates_caches_and_reports_cost(settings: Settings, store: Store) -> None:
    settings = settings.model_copy(update={"tagging_model_batch": 2, "llm_price_input_per_1k": 0.5, "llm_price_output_per_1k": 1.0})
    texts = ["parcel took a month", "the strap snapped", "meh colour"]
    model = ScriptedChatModel.with_script([
        text_turn(_reply({"id": "item1", "negative": True, "tags": ["logistics_delay"], "evidence": {"logistics_delay": "took a month"}},
                         {"id": "item2", "negative": True, "tags": ["safety"], "evidence": {"safety": "exploded"}}), usage=(1000, 100)),
        "not json at all",
    ])
    results, report = refine_uncertain([_request(text) for text in texts], model=model, settings=settings, store=store)
    assert model.calls == 2  # two batches of at most two texts
    assert "<<<DATA id=item1>>>" in str(model.received[0][0].content)  # texts travel as data blocks
    assert set(results) == {text_hash("parcel took a month")}
    assert report.accepted == 1 and report.rejected == 1 and report.failed_calls == 1
    assert report.prompt_tokens == 1000 and report.estimated_cost == 0.6
    # Cached: asking again sends nothing.
    again, second = refine_uncertain([_request(texts[0])], model=ScriptedChatModel.with_script([]), settings=settings, store=store)
    assert second.from_cache == 1 and second.sent == 0 and again[text_hash(texts[0])].tags == [IssueTag.LOGISTICS_DELAY]


def test_a_failing_model_leaves_offline_tags(settings: Settings, store: Store) -> None:
    from tools.errors import ModelError

    model = ScriptedChatModel.with_script([ModelError("server down")])
    results, report = refine_uncertain([_request("slow")], model=model, settings=settings, store=store)
    assert results == {} and report.failed_calls == 1


def test_tag_store_applies_cached_refinements(store: Store) -> None:
    text = "hmm, not what I hoped for"
    store.upsert_columns("reviews", {
        "review_id": ["r1"], "order_id": [None], "product_id": ["p1"], "buyer_id": ["b1"], "rating": [3],
        "review_text": [text], "create_time": [datetime(2026, 11, 1)], "language": ["en"],
    })
    from tools.tagging.refinements import Refinement

    save_refinements(store, [Refinement(text_hash=text_hash(text), negative=True, tags=[IssueTag.NOT_AS_DESCRIBED],
                                        evidence={"not_as_described": ["not what I hoped for"]})],
                     prompt_version="tag_review_v1", model="test")
    assert cached_refinements(store, [text_hash(text)], "tag_review_v1")
    tag_store(store)
    negative, tags = store.query("SELECT negative, tags FROM feedback_tags WHERE item_id = 'r1'")[0]
    assert negative is True and tags == ["not_as_described"]
