"""Agent speed: offline turn latency on the demo after a warm start, retrieval latency, and — when a
model is configured (OPENAI_API_KEY / OPENAI_BASE_URL) — model calls and prompt tokens per turn.

Prints figures; asserts nothing. Targets: offline p50 <= 300 ms, p95 <= 1 s; retrieval p50 <= 20 ms;
LLM mode <= 2 calls and <= 4,000 prompt tokens for a typical question.

    .venv/bin/python bench/agent.py [--scale small|default] [--rounds 3] [--llm]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from agent.factory import build_agent  # noqa: E402
from tools.demo import generate_demo, stories  # noqa: E402
from tools.settings import load_settings  # noqa: E402
from tools.store import Store  # noqa: E402
from vectorstore.index import build_knowledge_base  # noqa: E402

END = date(2026, 11, 20)
QUESTIONS = [
    "Which of my products should I fix first?",
    "Why is the blue dress At Risk?",
    "为什么香水的差评这么多？",
    "Any early warnings this week?",
    "Which videos underperform?",
    f"How do I improve video {stories.WEAK_HOOK_VIDEO}?",
    f"Is review {stories.COERCIVE_REVIEW} malicious?",
    f"Draft an appeal for review {stories.COERCIVE_REVIEW}",
    "Which reviews can I report?",
    "How is the VoC level calculated?",
    "Bagaimana mengatasi keluhan ukuran kekecilan?",
]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", default="default")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--llm", action="store_true", help="also measure the model path from the environment's settings")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(data_dir=Path(tmp), as_of=END, _env_file=None, openai_api_key=None)
        store = Store(settings.db_path)
        generate_demo(store, seed=7, scale=args.scale, end_date=END)
        kb = build_knowledge_base(settings)
        t0 = time.perf_counter()
        kb.rebuild()
        print(f"knowledge base ready in {time.perf_counter() - t0:.2f}s")
        agent = build_agent(settings, store=store, knowledge_base=kb)
        t0 = time.perf_counter()
        for question in QUESTIONS:  # warm start: tags cached, models loaded, jieba initialised
            agent.ask(question, session_id="warm")
        print(f"warm-up ({len(QUESTIONS)} questions) {time.perf_counter() - t0:.2f}s")
        latencies: dict[str, list[float]] = {q: [] for q in QUESTIONS}
        for round_number in range(args.rounds):
            for question in QUESTIONS:
                t0 = time.perf_counter()
                agent.ask(question, session_id=f"r{round_number}")
                latencies[question].append((time.perf_counter() - t0) * 1000)
        every = [ms for values in latencies.values() for ms in values]
        print(f"offline turn latency ({args.scale} demo, {len(every)} turns): "
              f"p50 {percentile(every, 0.5):.0f} ms, p95 {percentile(every, 0.95):.0f} ms")
        for question, values in latencies.items():
            print(f"  {statistics.median(values):7.0f} ms  {question}")
        retrieval = []
        for _ in range(5):
            for question in QUESTIONS:
                t0 = time.perf_counter()
                kb.search(question, k=3)
                retrieval.append((time.perf_counter() - t0) * 1000)
        print(f"retrieval p50 {percentile(retrieval, 0.5):.1f} ms, p95 {percentile(retrieval, 0.95):.1f} ms")
        if args.llm:
            model_settings = load_settings(data_dir=Path(tmp), as_of=END)
            llm_agent = build_agent(model_settings, store=store, knowledge_base=kb)
            for question in QUESTIONS[:4]:
                turn = llm_agent.ask(question, session_id="llm")
                print(f"  [{turn.mode}] calls {turn.usage.model_calls}, prompt tokens {turn.usage.prompt_tokens}, "
                      f"{turn.timings.get('total_ms', 0) / 1000:.1f}s, notes {turn.notes}  — {question}")
        store.close()


if __name__ == "__main__":
    main()
