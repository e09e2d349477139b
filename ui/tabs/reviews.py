"""Reviews tab: triage of the report window, one review's assessment and appeal draft, the ledger."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path
from typing import Any

import gradio as gr

from tools.errors import AppError, DataError
from tools.languages import packs
from tools.reviews.labels import category_label
from tools.reviews.models import MALICIOUS_CATEGORIES, MaliciousCategory
from ui import formatting_reviews as fmt
from ui.tabs import TabDeps, shows_errors

EMPTY_DRAFT = ""


def build(deps: TabDeps) -> dict[str, Any]:
    services = deps.services
    summary = gr.Markdown(elem_id="reviews-triage-summary")
    table = gr.Dataframe(headers=fmt.TRIAGE_COLUMNS, interactive=False, wrap=False, max_height=300,
                         column_widths=["130px", "150px", "105px", "80px", "110px", "90px", "110px", "95px",
                                        "80px", "90px", "400px"],
                         label="Negative reviews of the last days, by category (click a row)", elem_id="reviews-table")
    with gr.Row():
        with gr.Column(scale=2):
            review_id = gr.Textbox(label="Review id", placeholder="e.g. R-COERCE-1", elem_id="reviews-id")
            language = gr.Radio([(item.name, code) for code, item in packs().items()], value="en", label="Appeal language")
            assess = gr.Button("Assess and draft", variant="primary", elem_id="reviews-assess")
            with gr.Accordion("Or paste a review", open=False):
                pasted = gr.Textbox(lines=3, label="Review text", elem_id="reviews-paste")
                with gr.Row():
                    rating = gr.Slider(1, 5, value=1, step=1, label="Rating")
                    days_ago = gr.Number(value=0, precision=0, minimum=0, label="Posted days ago")
                assess_pasted = gr.Button("Assess pasted review", elem_id="reviews-assess-pasted")
        with gr.Column(scale=3):
            assessment = gr.Markdown("Pick a review from the list, type its id, or paste one.",
                                     elem_id="reviews-assessment")
    with gr.Row():  # the reviewed product's feedback, in the VoC tab
        reviewed_product = gr.Textbox(label="Product reviewed", interactive=False, scale=2, elem_id="reviews-product")
        to_product = gr.Button("Customer feedback on this product", size="sm", scale=1, elem_id="reviews-to-product")
    draft = gr.Textbox(lines=12, max_lines=30, label="Appeal draft (edit before you copy or download)",
                       interactive=True, buttons=["copy"], elem_id="reviews-draft")
    with gr.Row():
        download = gr.DownloadButton("Download as Markdown", value=None, elem_id="reviews-download")
        override = gr.Textbox(label="Override reason (only to file a review the classifier finds genuine)",
                              placeholder="the evidence you have", scale=3)
        category = gr.Dropdown([("as classified", "")] + [(category_label(c), c.value) for c in MALICIOUS_CATEGORIES],
                               value="", label="Report under category", scale=1)
        filed = gr.Button("Mark as filed", variant="stop", elem_id="reviews-file")
    filed_status = gr.Markdown(elem_id="reviews-filed-status")
    with gr.Accordion("Report ledger (history)", open=False):
        ledger = gr.Dataframe(headers=fmt.LEDGER_COLUMNS, interactive=False, wrap=True, elem_id="reviews-ledger")

    @shows_errors
    def review_triage():
        from tools.reviews.ledger import list_reports
        from tools.reviews.triage import triage

        ctx = services.shop()
        report = triage(services.store, ctx, services.settings)
        return fmt.triage_markdown(report), fmt.triage_frame(report), fmt.ledger_frame(list_reports(services.store, ctx))

    @shows_errors
    def review_assess(rid, lang):
        from tools.reviews.workflow import appeal_for_review, assess_review

        rid = (rid or "").strip()
        if not rid:
            raise DataError("Type a review id (e.g. R-COERCE-1) or pick a review from the list.")
        ctx = services.shop()
        verdict = assess_review(services.store, ctx, services.settings, rid)
        text = fmt.assessment_markdown(verdict.assessment, verdict.eligibility, verdict.report)
        result = appeal_for_review(services.store, ctx, services.settings, rid, language=lang or "en", record=False)
        if result.draft is not None:
            body = result.draft.text
        elif result.outcome.value == "check_first":
            body = EMPTY_DRAFT
            text += "\n\n**No appeal yet:** check the list above first; file with a reason only if what you find supports it."
        elif result.advice is not None:
            body = EMPTY_DRAFT
            text += f"\n\n**No appeal:** {result.advice.message}"
        else:
            body = EMPTY_DRAFT
            text += "\n\n**No appeal:** " + " ".join(result.eligibility.messages)
        return text, body, _markdown_file(rid, body), services.store.review_product(ctx.shop_id, rid) or ""

    @shows_errors
    def review_assess_pasted(text, stars, days):
        from tools.reviews.workflow import assess_batch_line, parse_batch_lines

        if not (text or "").strip():
            raise DataError("Paste the review text first.")
        ctx = services.shop()
        line = parse_batch_lines([json.dumps({"id": "pasted", "text": text, "rating": int(stars or 1),
                                              "days_ago": int(days or 0)})])[0]
        verdict = assess_batch_line(line, as_of=ctx.as_of, zone=ctx.zone, settings=services.settings)
        return fmt.batch_verdict_markdown(verdict), EMPTY_DRAFT, None, ""

    @shows_errors
    def review_file(rid, lang, reason, chosen_category, edited_draft):
        from tools.reviews.ledger import list_reports
        from tools.reviews.workflow import file_appeal

        rid = (rid or "").strip()
        if not rid:
            raise DataError("Assess a review first; then mark it as filed.")
        ctx = services.shop()
        try:
            filed_appeal = file_appeal(services.store, ctx, services.settings, rid, language=lang or "en",
                                       override_reason=(reason or "").strip() or None,
                                       category=MaliciousCategory(chosen_category) if chosen_category else None,
                                       draft_text=edited_draft)
        except AppError as exc:  # one message per outcome, in the same place: a refusal replaces an earlier success
            return f"✖ `{rid}` was not filed: {exc}", gr.skip()
        record = filed_appeal.record
        message = (f"✔ `{rid}` filed as **{category_label(record.category)}**"
                   + (f" (override: {record.override_reason})" if record.override_reason else "")
                   + ". It cannot be reported again.")
        return message, fmt.ledger_frame(list_reports(services.store, ctx))

    def draft_file(rid, body):
        return _markdown_file(rid, body)

    def pick_row(evt: gr.SelectData):
        row = evt.row_value or []
        return row[0] if row else gr.skip()

    assessed = [assessment, draft, download, reviewed_product]
    assess.click(review_assess, [review_id, language], assessed, api_name="review_assess")
    review_id.submit(review_assess, [review_id, language], assessed, api_visibility="private")
    assess_pasted.click(review_assess_pasted, [pasted, rating, days_ago], assessed, api_name="review_assess_pasted")
    table.select(pick_row, None, review_id, api_visibility="private").then(
        review_assess, [review_id, language], assessed, api_visibility="private")
    draft.input(draft_file, [review_id, draft], download, api_visibility="private")
    filed.click(review_file, [review_id, language, override, category, draft], [filed_status, ledger], api_name="review_file").then(
        review_triage, [], [summary, table, ledger], api_visibility="private")  # the summary's counts follow the filing
    return {"load": (review_triage, [], [summary, table, ledger]), "links": [(to_product, "voc", "product", reviewed_product)]}


def _markdown_file(review_id: str, body: str) -> str | None:
    """The draft as a Markdown file the download button serves."""
    if not body.strip():
        return None
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", review_id or "review")[:60]
    folder = Path(tempfile.mkdtemp(prefix="seller-copilot-appeal-"))
    path = folder / f"appeal-{safe}.md"
    path.write_text(body if body.endswith("\n") else body + "\n", encoding="utf-8")
    return str(path)
