"""Measure the optional model pass on the real-review test split (needs a configured model).

    OPENAI_BASE_URL=... OPENAI_API_KEY=... python -m evals.tagging_model_pass [--limit 120]

Finds the test items the offline tagger is unsure about, asks the model about up to `--limit` of
them (spread over the languages), and scores the split twice: offline tags everywhere, and with
the model's accepted verdicts in place of the offline ones on those items. Prints calls, tokens,
time and the share of verdicts rejected by the checks. Verdicts are cached in a scratch store, so a
re-run costs nothing.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from evals.suite_tagging_real import format_report, score_items
from evals.tagging_corpus import load_items, with_texts


def main(argv: list[str] | None = None) -> None:  # pragma: no cover - needs a live model
    from agent.llm import build_chat_model
    from agent.tag_refiner import refine_uncertain
    from tools.settings import load_settings
    from tools.store import Store
    from tools.tagging.refinements import text_hash
    from tools.tagging.tagger import TagItem, refinement_request, tag_many

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=120)
    parser.add_argument("--store", type=Path, help="keep the verdict cache here (default: a scratch file)")
    args = parser.parse_args(argv)
    settings = load_settings()
    model = build_chat_model(settings)
    if model is None:
        raise SystemExit("configure a model first: OPENAI_API_KEY (and OPENAI_BASE_URL for a local server)")
    items = with_texts([item for item in load_items() if item.split == "test"])
    requests = {}
    for item in items:
        request = refinement_request(item.text or "", language=item.lang)
        if request is not None:
            requests[item.id] = request
    print(f"test items {len(items)}; the offline tagger is unsure of {len(requests)} ({len(requests) / len(items):.0%})")
    by_language: dict[str, list[str]] = {}
    for item_id in requests:
        by_language.setdefault(item_id.split("-")[0], []).append(item_id)
    chosen: list[str] = []
    while len(chosen) < min(args.limit, len(requests)):  # round-robin over languages
        for ids in by_language.values():
            if ids and len(chosen) < args.limit:
                chosen.append(ids.pop(0))
    with tempfile.TemporaryDirectory() as scratch:
        store = Store(args.store or Path(scratch) / "model-pass.duckdb")
        verdicts, report = refine_uncertain([requests[item_id] for item_id in chosen], model=model, settings=settings, store=store)
        store.close()
    print(report.model_dump_json(indent=1))
    refined = {text_hash(item.text or ""): verdicts.get(text_hash(item.text or "")) for item in items if item.id in chosen}

    def tagger(with_pass: bool):
        def tag(text: str) -> tuple[bool, set[str]]:
            refinement = refined.get(text_hash(text)) if with_pass else None
            negative, tags, _, _ = tag_many([TagItem(text=text, refinement=refinement)])[0]
            return negative, {tag.value for tag in tags}
        return tag

    sample = [item for item in items if item.id in chosen]
    for label, subset in (("the items sent", sample), ("the whole test split", items)):
        print(f"\n== {label}: offline")
        print(format_report(score_items(subset, tagger(False))).split("\n\n")[0])
        print(f"== {label}: with the model pass")
        print(format_report(score_items(subset, tagger(True))).split("\n\n")[0])


if __name__ == "__main__":  # pragma: no cover
    main()
