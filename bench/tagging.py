"""Tagging speed: items/s of the tagger and of `tag_store` on synthetic, mostly unique feedback.

    .venv/bin/python bench/tagging.py [--sizes 10000,100000] [--store]

Texts are stitched from short clause pools in six languages plus random order numbers and
filler words, so nearly every text is unique (the cache's de-duplication cannot help).
Figures are printed, never asserted. Wall-clock figures depend on what else the machine runs;
the per-CPU-second figures (including pool workers) do much less.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

_CLAUSES = {
    "en": ["great value", "arrived two days late", "the strap snapped after a week", "looks just like the photos",
           "runs a bit small", "my daughter loves it", "seller answered quickly", "box was a little dented",
           "smells nice but fades fast", "not broken at all", "would buy again", "colour slightly off from the pic"],
    "zh": ["质量很好", "物流有点慢", "颜色和图片有色差", "尺码偏小", "没有破损", "客服态度很好", "用了两天就坏了",
           "性价比高", "包装很严实", "味道有点刺鼻"],
    "id": ["barang bagus", "pengiriman lama banget", "warnanya beda sama foto", "ukurannya kekecilan",
           "ga ada lecet", "seller ramah", "baru dipake udah rusak", "harga murah", "packing aman", "wanginya ga tahan lama"],
    "th": ["ของดีมาก", "ส่งช้า", "สีไม่ตรงปก", "ไม่แตก", "ร้านไม่ตอบ", "คุ้มค่า"],
    "vi": ["hàng đẹp", "giao hàng chậm", "màu không giống hình", "không bị hỏng", "shop nhiệt tình", "chất lượng kém"],
    "pt": ["produto ótimo", "demorou muito", "veio quebrado", "não tive nenhum problema", "recomendo", "tamanho errado"],
}
_WEIGHTS = {"en": 4, "zh": 3, "id": 3, "th": 1, "vi": 1, "pt": 1}
_FILLER = ["honestly", "so", "really", "lol", "👍", "😅", "!!", "...", "ok", "hmm"]


def synthetic_texts(count: int, *, seed: int = 1) -> list[tuple[str, int]]:
    rng = random.Random(seed)
    languages = [language for language, weight in _WEIGHTS.items() for _ in range(weight)]
    texts = []
    for index in range(count):
        language = rng.choice(languages)
        clauses = rng.sample(_CLAUSES[language], k=rng.randint(1, 3))
        separator = "，" if language == "zh" else " " if language == "th" else ", "
        text = separator.join(clauses)
        text += f" {rng.choice(_FILLER)} #{index}{rng.randint(0, 999)}"
        texts.append((text, rng.randint(1, 5)))
    return texts


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_tagger(size: int) -> None:
    from tools.tagging.tagger import tag_feedback, tag_parts

    texts = synthetic_texts(size)
    compile_started = time.perf_counter()
    for language in ("en", "zh", "id", "th", "vi", "pt", "und"):
        tag_parts("warm up", rating=3, language=language)
    compile_s = time.perf_counter() - compile_started
    started, cpu_started = time.perf_counter(), time.process_time()
    for text, rating in texts:
        tag_parts(text, rating=rating)
    core, core_cpu = time.perf_counter() - started, time.process_time() - cpu_started
    from tools.tagging.tagger import TagItem, tag_many

    items = [TagItem(text=text, rating=rating) for text, rating in texts]
    started, cpu_started = time.perf_counter(), time.process_time()
    for start in range(0, size, 1000):
        tag_many(items[start : start + 1000])
    bulk, bulk_cpu = time.perf_counter() - started, time.process_time() - cpu_started
    sample = texts[: min(size, 20_000)]
    started = time.perf_counter()
    for text, rating in sample:
        tag_feedback(text, rating=rating)
    model = time.perf_counter() - started
    print(f"tagger  {size:>8,} texts: one by one {size / core:>9,.0f} items/s wall, {size / core_cpu:>9,.0f} per CPU-second | "
          f"in batches of 1,000 {size / bulk:>9,.0f} items/s, {size / bulk_cpu:>9,.0f} per CPU-second | "
          f"with pydantic model {len(sample) / model:>9,.0f} items/s | lexicon compile {compile_s:.2f} s (once) | "
          f"peak RSS {peak_rss_mb():,.0f} MB")


def bench_paths(size: int) -> None:
    """What share of texts takes the slow path (the model tags alone, so each clause is scored for
    the evidence; or Chinese/Thai word segmentation), and how fast each kind goes."""
    from tools.tagging.language import detect_language
    from tools.tagging.model import default_model
    from tools.tagging.reading import ReadRequest, read_texts

    model = default_model()
    requests = [ReadRequest(text, detect_language(text)) for text, _ in synthetic_texts(size, seed=4)]
    readings = read_texts(requests, model)
    learned = [request for request, reading in zip(requests, readings, strict=True) if reading.learned]
    segmented = [request for request in requests if request.language in ("zh", "th")]
    rest = [request for request in requests if request not in learned and request.language not in ("zh", "th")]
    for name, group in (("model tags alone (clause evidence)", learned), ("zh/th (segmented)", segmented), ("other", rest)):
        if not group:
            continue
        started = time.process_time()
        for start in range(0, len(group), 1000):
            read_texts(group[start : start + 1000], model)
        seconds = max(time.process_time() - started, 1e-9)
        print(f"paths   {name:36} {len(group) / len(requests):6.1%} of texts, {len(group) / seconds:>9,.0f} per CPU-second")


def bench_store(size: int) -> None:
    import tempfile

    from tools.store import Store
    from tools.tagging.cache import tag_store

    texts = synthetic_texts(size, seed=2)
    with tempfile.TemporaryDirectory() as directory, Store(Path(directory) / "bench.duckdb") as store:
        base = datetime(2026, 1, 1)
        store.upsert_columns("reviews", {
            "review_id": [f"r{i}" for i in range(size)], "order_id": [None] * size,
            "product_id": [f"p{i % 500}" for i in range(size)], "buyer_id": [f"b{i}" for i in range(size)],
            "rating": [rating for _, rating in texts], "review_text": [text for text, _ in texts],
            "create_time": [base + timedelta(minutes=i) for i in range(size)], "language": [None] * size,
        })
        children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu_started = time.process_time()
        cold = tag_store(store)
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        cold_cpu = time.process_time() - cpu_started + (children.ru_utime + children.ru_stime) - (
            children_before.ru_utime + children_before.ru_stime)
        warm = tag_store(store)
        extra = 1_000
        more = synthetic_texts(extra, seed=3)
        store.upsert_columns("reviews", {
            "review_id": [f"n{i}" for i in range(extra)], "order_id": [None] * extra,
            "product_id": ["p1"] * extra, "buyer_id": ["b"] * extra, "rating": [r for _, r in more],
            "review_text": [t for t, _ in more], "create_time": [base] * extra, "language": [None] * extra,
        })
        incremental = tag_store(store)
    print(f"store   {size:>8,} reviews: cold {size / cold.elapsed_s:>9,.0f} items/s wall ({cold.elapsed_s:.2f} s), "
          f"{size / cold_cpu:>9,.0f} per CPU-second | "
          f"unchanged re-run {warm.elapsed_s:.2f} s | +1,000 new {incremental.elapsed_s:.2f} s "
          f"({incremental.items_tagged} tagged) | peak RSS {peak_rss_mb():,.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--store", action="store_true", help="also time tag_store end to end")
    args = parser.parse_args()
    for size in (int(part) for part in args.sizes.split(",")):
        bench_tagger(size)
        bench_paths(size)
        if args.store:
            bench_store(size)


if __name__ == "__main__":
    main()
