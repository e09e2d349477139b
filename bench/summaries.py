"""Product summaries and action plans, offline: the time to write them for every product of the demo, once the
products are diagnosed (the summary and plan are made from a diagnosis; diagnosing is `bench/voc.py`'s).

Prints figures; asserts nothing. Targets: every product's summary and plan, in one language, in <= 2 s; the
drawer (one product's diagnosis, summary and plan) opens in <= 300 ms offline.

    .venv/bin/python bench/summaries.py [--scale small|default] [--language en]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.context import resolve_shop  # noqa: E402
from tools.demo import generate_demo  # noqa: E402
from tools.settings import load_settings  # noqa: E402
from tools.store import Store  # noqa: E402
from tools.voc.drawer import diagnose_product  # noqa: E402
from tools.voc.service import ensure_tagged  # noqa: E402
from tools.voc.summary import explain  # noqa: E402
from vectorstore.content import load_entries, playbook_for  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="small", choices=["small", "default"])
    parser.add_argument("--language", default="en")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(data_dir=Path(tmp), _env_file=None)
        store = Store(settings.db_path)
        generate_demo(store, seed=7, scale=args.scale, end_date=date(2026, 11, 20))
        ctx = resolve_shop(store, settings)
        ensure_tagged(store, ctx, settings)
        products = [row[0] for row in store.query("SELECT product_id FROM products WHERE shop_id = ? ORDER BY 1", [ctx.shop_id])]
        entries = load_entries()
        drawer: list[float] = []
        diagnoses = []
        for product in products:
            started = time.perf_counter()
            diagnoses.append(diagnose_product(store, ctx, settings, product, tag_first=False))
            explain(diagnoses[-1], playbook=playbook_for(diagnoses[-1].category, entries), language=args.language)
            drawer.append(time.perf_counter() - started)
        diagnosed = sum(drawer)
        started = time.perf_counter()
        explained = [explain(d, playbook=playbook_for(d.category, entries), language=args.language) for d in diagnoses]
        written = time.perf_counter() - started
        steps = sum(len(d.action_plan) for d in explained)
        print(f"{len(products)} products ({args.scale}): diagnosed in {diagnosed:.2f} s; "
              f"summaries and plans ({steps} steps, {args.language}) in {written * 1000:.0f} ms "
              f"({written / max(len(products), 1) * 1000:.1f} ms a product; target: all in <= 2 s)")
        drawer.sort()
        print(f"drawer (diagnosis + summary + plan): p50 {drawer[len(drawer) // 2] * 1000:.0f} ms, "
              f"p95 {drawer[int(len(drawer) * 0.95)] * 1000:.0f} ms, max {drawer[-1] * 1000:.0f} ms (target <= 300 ms)")
        store.close()


if __name__ == "__main__":
    main()
