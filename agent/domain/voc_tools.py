"""VoC tools for the agent."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from agent.domain.deps import ToolDeps
from tools.voc.drawer import diagnose_product
from tools.voc.models import ProductDiagnosis, ShopVocReport, VocLevel
from tools.voc.service import diagnose_shop


class Args(BaseModel):
    model_config = ConfigDict(extra="forbid")


class VocOverviewArgs(Args):
    window_days: Literal[7, 30, 90] | None = Field(default=None, description="window in days; default 30")
    levels: list[VocLevel] | None = Field(default=None, description="only these levels")
    min_gmv: float | None = None
    min_items: int | None = None
    sort: Literal["gmv", "items_sold", "rate", "ratio", "level"] = "level"
    limit: int = Field(default=8, ge=1, le=50, description="how many products to return")
    issue: str | None = Field(default=None, description="only products whose complaints name this issue, e.g. 'logistics_delay'")
    product_ids: list[str] | None = Field(
        default=None, description="only these products, e.g. every product an export titles by the category the seller names")


class ProductArgs(Args):
    product_id: str = Field(description="the product id, e.g. P-1001")
    window_days: Literal[7, 30, 90] | None = None


def build_voc_tools(deps: ToolDeps) -> list:
    def voc_overview(args: VocOverviewArgs) -> ShopVocReport:
        """List the shop's products by VoC level with early warnings, most urgent first."""
        report = diagnose_shop(
            deps.store, deps.shop(), deps.settings, window_days=args.window_days, levels=args.levels,
            min_gmv=args.min_gmv, min_items=args.min_items, sort=args.sort, issue=args.issue, product_ids=args.product_ids,
        )
        if args.product_ids:
            # "The relogios presentes products": the answer says which products it is about, by the title they share.
            from agent.understanding import meaningful_title

            shared = {meaningful_title(row.title) for row in report.products}
            report = report.model_copy(update={"scope": shared.pop() if len(shared) == 1 and "" not in shared else None})
        # Keep the model's context small: the summary has every count; the list only the top rows.
        return report.model_copy(update={"products": report.products[: args.limit]})

    def voc_product(args: ProductArgs) -> ProductDiagnosis:
        """Diagnose one product's negative feedback: level, rate vs benchmark, top issues, keywords, a summary of
        what buyers say and an action plan from the playbook."""
        from tools.voc.summary import explain
        from vectorstore.content import playbook_for

        diagnosis = diagnose_product(deps.store, deps.shop(), deps.settings, args.product_id, window_days=args.window_days)
        return explain(diagnosis, playbook=playbook_for(diagnosis.category))

    return [voc_overview, voc_product]
