"""The one way to build the chat agent for the CLI, the app and the evals."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from agent.domain.deps import ToolDeps
from agent.domain.knowledge_tools import PlaybookCitations
from agent.domain.toolbox import build_domain_toolbox
from agent.entities import presented_entities, presented_lead
from agent.offline.writer import TemplateWriter
from agent.planner import DeterministicPlanner
from agent.routing import Catalog
from agent.service import AgentService, build_agent_service
from agent.topic_gate import shared_topic_gate
from agent.understanding import question_vocabulary, shared_reader, shared_title_matcher
from tools.reviews.described import CandidateReview, Described, ReviewMeaning, described_review
from tools.settings import Settings
from tools.store import Store

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel


class ShopReviewIds:
    """Whether a review id belongs to the shop, asked of the store one id at a time.

    The planner only needs membership for the one or two ids a question names; loading every
    review id on every turn cost 0.1 s at a million reviews.
    """

    def __init__(self, deps: ToolDeps, shop_id: str) -> None:
        self._deps = deps
        self._shop_id = shop_id

    def __contains__(self, review_id: object) -> bool:
        if not isinstance(review_id, str):
            return False
        return bool(self._deps.store.query(
            "SELECT 1 FROM reviews r JOIN products p USING (product_id) WHERE r.review_id = ? AND p.shop_id = ?",
            [review_id, self._shop_id],
        ))

    def __bool__(self) -> bool:  # a catalogue that can answer, not an empty one meaning "accept any id"
        return True


@cache
def shared_review_meaning() -> ReviewMeaning:
    """The reader of reviews' meaning (the knowledge base's encoder), one per process: each review is encoded once."""
    from tools.text_vectors import build_embedder

    return ReviewMeaning(build_embedder())


def shop_catalog(deps: ToolDeps) -> Catalog:
    """Ids and titles the planner can resolve, for the active shop."""
    shop_id = deps.shop().shop_id
    products = dict(deps.store.query("SELECT product_id, title FROM products WHERE shop_id = ?", [shop_id]))
    rows = deps.store.query("SELECT video_id, title, product_ids, username FROM videos WHERE shop_id = ?", [shop_id])
    videos = {video_id: title for video_id, title, _, _ in rows}
    video_products = {video_id: tuple(products or ()) for video_id, _, products, _ in rows}
    video_creators = {video_id: username for video_id, _, _, username in rows if username}

    @cache  # one turn reads the same tokens several times (routing, each intent, the entity-free text)
    def review_prefix(text: str) -> list[str]:
        rows = deps.store.query(
            "SELECT r.review_id FROM reviews r JOIN products p USING (product_id) "
            "WHERE p.shop_id = ? AND lower(r.review_id) LIKE lower(?) || '%' ESCAPE '\\' ORDER BY 1 LIMIT 2",
            [shop_id, text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")])
        return [row[0] for row in rows]

    @cache
    def review_product(review_id: str) -> str | None:
        return deps.store.review_product(shop_id, review_id)

    @cache
    def review_quoted(text: str) -> str | None:
        return deps.store.review_quoting(shop_id, text)

    @cache
    def review_described(words: str, product_id: str | None, stars: int | None) -> Described | None:
        max_rating = max(deps.settings.report_max_rating, stars or 0)
        candidates = [CandidateReview(review_id=review_id, text=text, rating=rating) for review_id, text, rating
                      in deps.store.negative_reviews(shop_id, max_rating=max_rating, product_id=product_id)]
        return described_review(words, candidates, stars=stars, ordinary=question_vocabulary(),
                                 meaning=shared_review_meaning())

    return Catalog(products=products, videos=videos, video_products=video_products, video_creators=video_creators,
                   review_product=review_product, review_quoted=review_quoted,
                   review_described=review_described,
                   review_ids=ShopReviewIds(deps, shop_id), review_prefix=review_prefix,
                   match_title=(matcher := shared_title_matcher()).best, match_kind=matcher.by_kind,
                   tell_apart=matcher.tell_apart)


def build_agent(
    settings: Settings,
    *,
    store: Store,
    knowledge_base: Any | None = None,
    model: BaseChatModel | None = None,
    as_of: date | None = None,
) -> AgentService:
    """Domain tools + deterministic planner + templates; a chat model from settings when a key is set."""
    deps = ToolDeps(store=store, settings=settings, knowledge_base=knowledge_base, as_of=as_of)
    question_vocabulary()  # read once, before the first turn that looks for a review by what it says
    return build_agent_service(
        settings,
        toolbox=build_domain_toolbox(deps),
        planner=DeterministicPlanner(lambda: shop_catalog(deps), reader=shared_reader(), gate=shared_topic_gate()),
        model=model,
        knowledge_base=PlaybookCitations(knowledge_base) if knowledge_base is not None else None,
        offline_writer=TemplateWriter(),
        entity_extractor=presented_entities,
        lead_finder=presented_lead,
    )
