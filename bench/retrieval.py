"""Knowledge-base speed: model load, index build, no-op rebuild check, and search latency.

    .venv/bin/python bench/retrieval.py [--rounds 200]

Uses the real embedder and a local Chroma directory in a temporary folder. Target: search p50 ≤ 20 ms
after warm-up. Figures only; no test asserts them.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.settings import load_settings  # noqa: E402
from tools.text_vectors import build_embedder  # noqa: E402
from vectorstore.index import build_knowledge_base  # noqa: E402

QUERIES = [
    ("the dress colour is different from the photos", {"category": "Fashion & Sports"}),
    ("裙子颜色和图片不一样", {}),
    ("paket datang terlambat", {"tags": ["logistics_delay"]}),
    ("perfume bottle arrived empty", {"category": "beauty", "tags": ["damaged_or_missing"]}),
    ("charger slower than the video said", {"category": "electronics"}),
    ("viewers leave in the first seconds", {"tags": ["video_hook", "video_ctr"]}),
    ("can I still report a review from last month", {"collection": "help"}),
    ("为什么我的商品显示 -", {"collection": "help"}),
]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200, help="timed searches (after warm-up)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        settings = load_settings(data_dir=Path(folder), _env_file=None)
        embedder = build_embedder()

        started = time.perf_counter()
        embedder.embed(["warm up the model"])
        model_load_s = time.perf_counter() - started

        knowledge_base = build_knowledge_base(settings, embedder=embedder)
        started = time.perf_counter()
        report = knowledge_base.rebuild(force=True)
        build_s = time.perf_counter() - started
        entries = sum(c.entries for c in report.collections)

        started = time.perf_counter()
        unchanged = build_knowledge_base(settings, embedder=embedder).rebuild()
        check_s = time.perf_counter() - started
        assert not unchanged.rebuilt

        for query, options in QUERIES * 3:  # warm-up
            knowledge_base.search(query, **options)  # type: ignore[arg-type]
        latencies_ms = []
        for i in range(args.rounds):
            query, options = QUERIES[i % len(QUERIES)]
            started = time.perf_counter()
            knowledge_base.search(query, k=3, **options)  # type: ignore[arg-type]
            latencies_ms.append((time.perf_counter() - started) * 1000)

    print(f"embedder              {embedder.name} ({embedder.dimensions} dims)")
    print(f"model load            {model_load_s:.2f} s")
    print(f"index build           {build_s:.2f} s for {entries} entries at {report.backend}")
    print(f"unchanged-content check {check_s * 1000:.0f} ms (new instance, no re-embedding)")
    print(f"search latency        p50 {statistics.median(latencies_ms):.1f} ms, "
          f"p95 {percentile(latencies_ms, 0.95):.1f} ms over {args.rounds} searches (target p50 <= 20 ms)")


if __name__ == "__main__":
    main()
