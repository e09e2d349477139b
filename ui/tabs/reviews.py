"""Reviews tab: triage of the report window, one review's assessment and appeal draft, the ledger."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path
from typing import Any

import gradio as gr

from tools.errors import AppError, DataError, LedgerError
from tools.languages import packs, say
from tools.reviews.labels import category_name
from tools.reviews.models import MALICIOUS_CATEGORIES, MaliciousCategory
from ui import formatting_reviews as fmt
from ui.tabs import TabDeps, shows_errors

EMPTY_DRAFT = ""


def build(deps: TabDeps) -> dict[str, Any]:
    services = deps.services
    shown = services.settings.language
    summary = gr.Markdown(elem_id="reviews-triage-summary")
    table = gr.Dataframe(headers=fmt.triage_columns(shown), interactive=False, wrap=False, max_height=300,
                         column_widths=["130px", "150px", "105px", "80px", "110px", "90px", "110px", "95px",
                                        "80px", "90px", "400px"],
                         label=say(shown, "ui_reviews_table_label"), elem_id="reviews-table")
    with gr.Row():
        with gr.Column(scale=2):
            review_id = gr.Textbox(label=say(shown, "ui_reviews_id_label"), placeholder="e.g. R-COERCE-1", elem_id="reviews-id")
            language = gr.Radio([(item.name, code) for code, item in packs().items()], value=shown,
                                label=say(shown, "ui_reviews_appeal_language"))
            assess = gr.Button(say(shown, "ui_reviews_assess"), variant="primary", elem_id="reviews-assess")
            with gr.Accordion(say(shown, "ui_reviews_paste_title"), open=False) as paste_box:
                pasted = gr.Textbox(lines=3, label=say(shown, "ui_reviews_text_label"), elem_id="reviews-paste")
                with gr.Row():
                    rating = gr.Slider(1, 5, value=1, step=1, label=say(shown, "ui_reviews_rating_label"))
                    days_ago = gr.Number(value=0, precision=0, minimum=0, label=say(shown, "ui_reviews_days_ago_label"))
                assess_pasted = gr.Button(say(shown, "ui_reviews_assess_pasted"), elem_id="reviews-assess-pasted")
        with gr.Column(scale=3):
            assessment = gr.Markdown(say(shown, "ui_reviews_pick"), elem_id="reviews-assessment")
    with gr.Row():  # the reviewed product's feedback, in the VoC tab
        reviewed_product = gr.Textbox(label=say(shown, "ui_reviews_product_label"), interactive=False, scale=2,
                                      elem_id="reviews-product")
        to_product = gr.Button(say(shown, "ui_video_to_product"), size="sm", scale=1, elem_id="reviews-to-product")
    draft = gr.Textbox(lines=12, max_lines=30, label=say(shown, "ui_reviews_draft_label"),
                       interactive=True, buttons=["copy"], elem_id="reviews-draft")
    with gr.Row():
        download = gr.DownloadButton(say(shown, "ui_reviews_download"), value=None, elem_id="reviews-download")
        override = gr.Textbox(label=say(shown, "ui_reviews_override_label"),
                              placeholder=say(shown, "ui_reviews_override_placeholder"), scale=3)
        category = gr.Dropdown(_categories(shown), value="", label=say(shown, "ui_reviews_category_label"), scale=1)
        filed = gr.Button(say(shown, "ui_reviews_file"), variant="stop", elem_id="reviews-file")
    filed_status = gr.Markdown(elem_id="reviews-filed-status")
    with gr.Accordion(say(shown, "ui_reviews_ledger_title"), open=False) as ledger_box:
        ledger = gr.Dataframe(headers=fmt.ledger_columns(shown), interactive=False, wrap=True, elem_id="reviews-ledger")

    @shows_errors
    def review_triage(shown=None):
        from tools.reviews.ledger import list_reports
        from tools.reviews.triage import triage

        shown = shown or services.settings.language
        ctx = services.shop()
        report = triage(services.store, ctx, services.settings)
        return (fmt.triage_markdown(report, shown), fmt.triage_frame(report, shown),
                fmt.ledger_frame(list_reports(services.store, ctx), shown))

    @shows_errors
    def review_assess(rid, lang, shown=None):
        from tools.reviews.workflow import appeal_for_review, assess_review

        shown = shown or services.settings.language
        rid = (rid or "").strip()
        if not rid:
            raise DataError(say(shown, "ui_reviews_need_id"))
        ctx = services.shop()
        verdict = assess_review(services.store, ctx, services.settings, rid)
        if shown != "en":  # the chat's words for a review, so the tab and the chat say the same
            note, body, file, product = _appeal_outcome(ctx, rid, lang, shown)
            return fmt.assessment_in(shown, verdict.model_dump(mode="json")) + note, body, file, product
        text = fmt.assessment_markdown(verdict.assessment, verdict.eligibility, verdict.report)
        result = appeal_for_review(services.store, ctx, services.settings, rid, language=lang or "en", record=False)
        if result.draft is not None:
            body = result.draft.text
        elif result.outcome.value == "check_first":
            body = EMPTY_DRAFT
            text += "\n\n**No appeal yet:** check the list above first; file with a reason only if what you find supports it."
        elif result.advice is not None:
            from agent.offline.reviews import what_to_fix

            body = EMPTY_DRAFT
            text += f"\n\n**No appeal:** {result.advice.message}"
            text += "".join(f"\n\n{line}" for line in what_to_fix(result.advice.model_dump(mode="json"), "en") if line)
        else:
            body = EMPTY_DRAFT
            text += "\n\n**No appeal:** " + " ".join(result.eligibility.messages)
        return text, body, _markdown_file(rid, body), services.store.review_product(ctx.shop_id, rid) or ""

    @shows_errors
    def review_assess_pasted(text, stars, days, shown=None):
        from tools.reviews.workflow import assess_batch_line, parse_batch_lines

        shown = shown or services.settings.language
        if not (text or "").strip():
            raise DataError(say(shown, "ui_reviews_need_text"))
        ctx = services.shop()
        line = parse_batch_lines([json.dumps({"id": "pasted", "text": text, "rating": int(stars or 1),
                                              "days_ago": int(days or 0)})])[0]
        verdict = assess_batch_line(line, as_of=ctx.as_of, zone=ctx.zone, settings=services.settings)
        if shown != "en":
            return fmt.assessment_in(shown, verdict.model_dump(mode="json")), EMPTY_DRAFT, None, ""
        return fmt.batch_verdict_markdown(verdict), EMPTY_DRAFT, None, ""

    @shows_errors
    def review_file(rid, lang, reason, chosen_category, edited_draft, shown=None):
        from tools.reviews.ledger import list_reports
        from tools.reviews.workflow import file_appeal

        shown = shown or services.settings.language
        rid = (rid or "").strip()
        if not rid:
            raise DataError(say(shown, "ui_reviews_need_assessed"))
        ctx = services.shop()
        try:
            filed_appeal = file_appeal(services.store, ctx, services.settings, rid, language=lang or "en",
                                       override_reason=(reason or "").strip() or None,
                                       category=MaliciousCategory(chosen_category) if chosen_category else None,
                                       draft_text=edited_draft)
        except AppError as exc:  # one message per outcome, in the same place: a refusal replaces an earlier success
            refusal = exc.refusal if isinstance(exc, LedgerError) else ""
            details = exc.details if isinstance(exc, LedgerError) else {}
            return fmt.filing_refused(rid, refusal, details, str(exc), shown), gr.skip()
        return fmt.filing_done(filed_appeal.record, shown), fmt.ledger_frame(list_reports(services.store, ctx), shown)

    def draft_file(rid, body):
        return _markdown_file(rid, body)

    def pick_row(evt: gr.SelectData):
        row = evt.row_value or []
        return row[0] if row else gr.skip()

    def _appeal_outcome(ctx: Any, rid: str, lang: str, shown: str) -> tuple[Any, ...]:
        """The draft, its file and the product, with the chat's words for a review that gets none."""
        from agent.offline.reviews import appeal
        from tools.reviews.workflow import appeal_for_review

        result = appeal_for_review(services.store, ctx, services.settings, rid, language=lang or shown, record=False)
        body = result.draft.text if result.draft is not None else EMPTY_DRAFT
        note = "" if result.draft is not None else "\n\n" + "\n".join(appeal(result.model_dump(mode="json"), language=shown, playbook=True))
        return note, body, _markdown_file(rid, body), services.store.review_product(ctx.shop_id, rid) or ""

    shown_in = [deps.language] if deps.language is not None else []  # the app's display language
    assessed = [assessment, draft, download, reviewed_product]
    assess.click(review_assess, [review_id, language, *shown_in], assessed, api_name="review_assess")
    review_id.submit(review_assess, [review_id, language, *shown_in], assessed, api_visibility="private")
    assess_pasted.click(review_assess_pasted, [pasted, rating, days_ago, *shown_in], assessed, api_name="review_assess_pasted")
    table.select(pick_row, None, review_id, api_visibility="private").then(
        review_assess, [review_id, language, *shown_in], assessed, api_visibility="private")
    draft.input(draft_file, [review_id, draft], download, api_visibility="private")
    filed.click(review_file, [review_id, language, override, category, draft, *shown_in], [filed_status, ledger], api_name="review_file").then(
        review_triage, shown_in, [summary, table, ledger], api_visibility="private")  # the summary's counts follow the filing

    def relabel(shown: str):
        """The tab's own words in the display language (its figures are redrawn by the triage handler)."""
        return (gr.Dataframe(label=say(shown, "ui_reviews_table_label")), gr.Textbox(label=say(shown, "ui_reviews_id_label")),
                gr.Radio(label=say(shown, "ui_reviews_appeal_language")), gr.Button(say(shown, "ui_reviews_assess")),
                gr.Accordion(label=say(shown, "ui_reviews_paste_title")), gr.Textbox(label=say(shown, "ui_reviews_text_label")),
                gr.Slider(label=say(shown, "ui_reviews_rating_label")), gr.Number(label=say(shown, "ui_reviews_days_ago_label")),
                gr.Button(say(shown, "ui_reviews_assess_pasted")), gr.Textbox(label=say(shown, "ui_reviews_product_label")),
                gr.Button(say(shown, "ui_video_to_product")), gr.Textbox(label=say(shown, "ui_reviews_draft_label")),
                gr.DownloadButton(say(shown, "ui_reviews_download")),
                gr.Textbox(label=say(shown, "ui_reviews_override_label"), placeholder=say(shown, "ui_reviews_override_placeholder")),
                gr.Dropdown(choices=_categories(shown), label=say(shown, "ui_reviews_category_label")),
                gr.Button(say(shown, "ui_reviews_file")), gr.Accordion(label=say(shown, "ui_reviews_ledger_title")))

    if deps.language is not None:
        deps.language.change(relabel, deps.language,
                             [table, review_id, language, assess, paste_box, pasted, rating, days_ago, assess_pasted,
                              reviewed_product, to_product, draft, download, override, category, filed, ledger_box],
                             api_visibility="private")
        deps.language.change(review_triage, shown_in, [summary, table, ledger], api_visibility="private")

        def reassess(rid: str, lang: str, shown: str) -> Any:
            """The open review again, in the new display language (nothing open: nothing to redo)."""
            return review_assess(rid, lang, shown) if (rid or "").strip() else tuple(gr.skip() for _ in assessed)

        deps.language.change(reassess, [review_id, language, deps.language], assessed, api_visibility="private")
    return {"load": (review_triage, shown_in, [summary, table, ledger]),
            "links": [(to_product, "voc", "product", reviewed_product)]}


def _categories(shown: str) -> list[tuple[str, str]]:
    """The categories a seller may report under, by the help page's names with the local word."""
    return [(say(shown, "ui_reviews_as_classified"), "")] + [(category_name(c, shown), c.value) for c in MALICIOUS_CATEGORIES]


def _markdown_file(review_id: str, body: str) -> str | None:
    """The draft as a Markdown file the download button serves."""
    if not body.strip():
        return None
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", review_id or "review")[:60]
    folder = Path(tempfile.mkdtemp(prefix="seller-copilot-appeal-"))
    path = folder / f"appeal-{safe}.md"
    path.write_text(body if body.endswith("\n") else body + "\n", encoding="utf-8")
    return str(path)
