"""Malicious-review tools for the agent. None of them files a report: filing needs the seller's click."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from agent.domain.deps import ToolDeps
from tools.reviews.appeal import AppealResult
from tools.reviews.context_loader import BatchReviewLine
from tools.reviews.triage import TriageReport, triage
from tools.reviews.workflow import BatchVerdict, ReviewVerdict, appeal_for_review, assess_batch_line, assess_review


class ReviewArgs(BaseModel):
    model_config = ConfigDict(extra="forbid")

    review_id: str = Field(description="the review id, e.g. R-COERCE-1")


class PastedReviewArgs(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="the review text exactly as the seller pasted it")
    rating: int = Field(default=1, ge=1, le=5, description="the star rating, 1 when unknown")
    days_ago: int = Field(default=0, ge=0, description="how many days ago it was posted")
    product_title: str = ""


class AppealArgs(BaseModel):
    model_config = ConfigDict(extra="forbid")

    review_id: str
    language: str = Field(default="en", description="the seller's language code: en, zh, id, th, vi or pt")

    @field_validator("language")
    @classmethod
    def _known(cls, value: str) -> str:
        from tools.languages import codes

        return value if value in codes() else "en"  # a language without a pack gets the English draft


class TriageArgs(BaseModel):
    model_config = ConfigDict(extra="forbid")

    product_id: str | None = Field(default=None, description="only this product's reviews")


def build_review_tools(deps: ToolDeps) -> list:
    def review_assess(args: ReviewArgs) -> ReviewVerdict:
        """Classify a review of the shop as malicious or genuine and say whether it can be reported."""
        return assess_review(deps.store, deps.shop(), deps.settings, args.review_id)

    def review_assess_text(args: PastedReviewArgs) -> BatchVerdict:
        """Classify a pasted review text as malicious or genuine and check its report eligibility."""
        ctx = deps.shop()
        line = BatchReviewLine(id="pasted", text=args.text, rating=args.rating, days_ago=args.days_ago,
                               product_title=args.product_title)
        return assess_batch_line(line, as_of=ctx.as_of, zone=ctx.zone, settings=deps.settings)

    def review_appeal(args: AppealArgs) -> AppealResult:
        """Draft an appeal for a malicious review, or explain why it should not be reported."""
        # record=False: the agent only drafts; the seller files from the Reviews tab or the CLI.
        return appeal_for_review(deps.store, deps.shop(), deps.settings, args.review_id, language=args.language, record=False)

    def review_triage(args: TriageArgs) -> TriageReport:
        """Group the last 30 days' negative reviews by malicious category with days left to report."""
        report = triage(deps.store, deps.shop(), deps.settings, product_id=args.product_id)
        # The counts stay complete; each group lists only its five most urgent reviews to keep context small.
        groups = [
            group.model_copy(update={"items": sorted(group.items, key=lambda i: (not i.eligible, i.days_left))[:5]})
            for group in report.groups
        ]
        return report.model_copy(update={"groups": groups})

    return [review_assess, review_assess_text, review_appeal, review_triage]
