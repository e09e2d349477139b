"""A live run of the summaries suite with the configured model: `python -m evals.summaries_live --sample 12`.

Needs `OPENAI_API_KEY` (and `OPENAI_BASE_URL` for a local OpenAI-compatible server, such as the one
`../shared/tools/local-llm` starts); never run in CI. It takes a sample of the suite's products and languages (the
same products as `evals.suite_summaries`: the demo's At Risk / Needs Attention ones and the Olist fixture's with
complaints), asks the model for each summary and plan with an empty cache, and prints:
- how many written summaries stood (held to the data) and how many fell back to the offline one, with the reasons;
- how many plan steps the model reworded and kept;
- the suite's own checks on what was finally shown (faithfulness must stay 1.0: the guard is what this measures);
- latency per summary.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sample", type=int, default=12, help="product × language cases to run")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="also write every case here")
    args = parser.parse_args()

    from agent.product_summary import build_summary_writer, rewrite_plan
    from evals.environment import build_eval_environment
    from evals.suite_summaries import LANGUAGES, check, olist_products, worrying_products
    from tools.settings import load_settings
    from tools.voc.service import ensure_tagged
    from tools.voc.summary import explain
    from vectorstore.content import playbook_for

    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(data_dir=Path(tmp) / "model")
        writer = build_summary_writer(settings)
        if writer is None:
            raise SystemExit("no model configured: set OPENAI_API_KEY (and OPENAI_BASE_URL for a local server)")
        env = build_eval_environment()
        ensure_tagged(env.store, env.context, env.settings)
        diagnoses = [("demo", d) for d in worrying_products(env.store, env.context, env.settings)]
        diagnoses += [("olist", d) for d in olist_products(Path(tmp) / "olist")]
        cases = [(shop, d, language) for shop, d in diagnoses for language in LANGUAGES]
        random.Random(args.seed).shuffle(cases)
        rows: list[dict[str, Any]] = []
        for shop, d, language in cases[:args.sample]:
            explained = explain(d, playbook=playbook_for(d.category), language=language)
            started = time.perf_counter()
            summary = writer.write(d, language=language)
            summary_seconds = time.perf_counter() - started
            started = time.perf_counter()
            steps = rewrite_plan(writer, d, explained.action_plan, language=language)
            plan_seconds = time.perf_counter() - started
            shown = explained.model_copy(update={"summary": summary, "action_plan": steps})
            metrics, failures = check(shown, language)
            reworded = sum(new.text != old.text for new, old in zip(steps, explained.action_plan, strict=True))
            rows.append({"case": f"{shop}:{d.product_id}:{language}", "mode": summary.mode, "note": summary.note,
                         "summary": summary.text, "steps_reworded": reworded, "steps": len(steps),
                         "summary_seconds": round(summary_seconds, 2), "plan_seconds": round(plan_seconds, 2),
                         "metrics": metrics, "failures": failures})
            print(f"{rows[-1]['case']}: {summary.mode}, {reworded}/{len(steps)} steps reworded, "
                  f"{summary_seconds:.1f} s + {plan_seconds:.1f} s" + (f" ({summary.note})" if summary.note else ""))
        env.close()
    written = [row for row in rows if row["mode"] == "model"]
    seconds = [row["summary_seconds"] for row in rows]
    report = {
        "cases": len(rows),
        "model_summaries_kept": len(written),
        "fell_back": len(rows) - len(written),
        "plan_steps_reworded_and_kept": sum(row["steps_reworded"] for row in rows),
        "plan_steps": sum(row["steps"] for row in rows),
        "faithfulness_shown": statistics.fmean(row["metrics"]["faithfulness"] for row in rows) if rows else 0.0,
        "coverage_shown": statistics.fmean(row["metrics"]["coverage"] for row in rows) if rows else 0.0,
        "language_shown": statistics.fmean(row["metrics"]["language_match"] for row in rows) if rows else 0.0,
        "summary_seconds_p50": statistics.median(seconds) if seconds else 0.0,
        "summary_seconds_max": max(seconds, default=0.0),
    }
    print(json.dumps(report, indent=1))
    if args.json:
        args.json.write_text(json.dumps({"summary": report, "cases": rows}, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
