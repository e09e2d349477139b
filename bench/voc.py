"""VoC speed and memory: tagging + a full shop diagnosis at three sizes, and an incremental re-run.

Prints figures; asserts nothing. Targets (2-core machine): >= 20,000 feedback items/s end to end
at ~1M items, peak RSS <= 1.5 GB, re-diagnosis after 1,000 new items <= 2 s.

    .venv/bin/python bench/voc.py [--scales small default large]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.context import resolve_shop  # noqa: E402
from tools.demo import generate_demo  # noqa: E402
from tools.demo.stories import COLOUR_MISMATCH_DRESS  # noqa: E402
from tools.models import Review  # noqa: E402
from tools.settings import load_settings  # noqa: E402
from tools.store import Store  # noqa: E402
from tools.tagging.cache import tag_store  # noqa: E402
from tools.voc.service import diagnose_shop  # noqa: E402

END = date(2026, 11, 20)


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def _generate(db_path: str, scale: str) -> None:
    with Store(db_path) as store:
        generate_demo(store, seed=7, scale=scale, end_date=END)  # type: ignore[arg-type]


def run(scale: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(data_dir=Path(tmp), as_of=END, _env_file=None)
        # Generate in a child process so the peak memory below is tagging + diagnosis only.
        import multiprocessing

        t0 = time.perf_counter()
        child = multiprocessing.get_context("spawn").Process(target=_generate, args=(str(settings.db_path), scale))
        child.start()
        child.join()
        generated = time.perf_counter() - t0
        generator_rss = peak_rss_mb(resource.RUSAGE_CHILDREN)
        store = Store(settings.db_path)
        items = store.count("reviews") + store.count("returns")
        ctx = resolve_shop(store, settings)
        t0 = time.perf_counter()
        tag_store(store)
        tagged = time.perf_counter() - t0
        t0 = time.perf_counter()
        report = diagnose_shop(store, ctx, settings, tag_first=False)
        diagnosed = time.perf_counter() - t0
        total = tagged + diagnosed
        print(f"[{scale}] {items:,} feedback items (demo generated in {generated:.1f}s, generator peak {generator_rss:,.0f} MB)")
        print(f"  tagging {tagged:.2f}s ({items / tagged:,.0f} items/s); shop diagnosis {diagnosed:.2f}s "
              f"({report.total_products} products)")
        print(f"  end to end {total:.2f}s = {items / total:,.0f} items/s; peak RSS {peak_rss_mb():,.0f} MB "
              f"(largest child so far, generator included: {peak_rss_mb(resource.RUSAGE_CHILDREN):,.0f} MB)")

        new = [
            Review(review_id=f"bench-{i}", order_id=None, product_id=COLOUR_MISMATCH_DRESS, buyer_id=f"bb-{i}",
                   rating=1 + i % 5, review_text=f"colour not like the photo, batch {i}",
                   create_time=datetime.combine(END, datetime.min.time()) - timedelta(hours=i % 48))
            for i in range(1000)
        ]
        store.upsert("reviews", new)
        t0 = time.perf_counter()
        stats = tag_store(store)
        diagnose_shop(store, ctx, settings, tag_first=False)
        print(f"  re-diagnosis after 1,000 new items: {time.perf_counter() - t0:.2f}s "
              f"({stats.items_tagged} items re-tagged)")
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scales", nargs="+", default=["small", "default", "large"])
    for scale in parser.parse_args().scales:
        run(scale)


if __name__ == "__main__":
    main()
