"""Query cost of one built index, in a fresh process: load time, RSS, ask and retrieve latency, and for a
large flat index the same with the approximate (IVF) dense index made from its vectors, with recall@10.

    .venv/bin/policyqa build corpus/documents ../shared/corpora/cn-laws --index /tmp/full
    .venv/bin/python -m eval.bench_index /tmp/full
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from rich.console import Console

from eval.bench import HERE, ann_recall, percentile, query_latencies, rss_mb
from eval.metrics import load_items

console = Console()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("index", type=Path, help="a built index folder")
    parser.add_argument("--questions", type=int, default=200, help="team-seeds questions to ask")
    args = parser.parse_args()
    from index.dense import describe, make_dense_index
    from service.runtime import load_assistant, load_embedder
    from service.settings import Settings

    settings = Settings()
    embedder = load_embedder(settings)
    embedder.query("预热")
    before = rss_mb()
    started = time.perf_counter()
    assistant = load_assistant(settings, index=args.index, embedder=embedder)
    loaded = time.perf_counter() - started
    m = assistant.index.manifest
    console.print(f"{m.doc_count:,} documents, {m.chunk_count:,} chunks, dense {describe(assistant.index.faiss)}; "
                  f"loaded in {loaded:.1f} s; RSS {rss_mb():.0f} MB ({rss_mb() - before:.0f} MB for the index)")
    _, items = load_items(HERE / "sets" / "team-seeds.jsonl")
    questions = [it["question"] for it in items][:args.questions]

    def report(label: str) -> None:
        ask = query_latencies(assistant, questions, answer=True)
        ret = query_latencies(assistant, questions, answer=False)
        console.print(f"{label}: ask p50 {statistics.median(ask):.1f} ms, p99 {percentile(ask, 0.99):.1f} ms; "
                      f"retrieve p50 {statistics.median(ret):.1f} ms (target ask p50 <= 25 ms at full size)")

    report(describe(assistant.index.faiss))
    if describe(assistant.index.faiss) == "flat" and m.chunk_count >= 10_000:
        started = time.perf_counter()
        vectors = assistant.index.faiss.reconstruct_n(0, assistant.index.faiss.ntotal)
        ivf = make_dense_index(vectors, ann_min_chunks=1)
        made = time.perf_counter() - started
        del vectors
        assistant.index.faiss = ivf
        console.print(f"{describe(ivf)} made from the same vectors in {made:.1f} s; recall@10 against exact search "
                      f"{ann_recall(assistant, questions):.3f} (target >= 0.98)")
        report(describe(ivf))
    console.print(f"RSS {rss_mb():.0f} MB (target <= 2 GB for the service with the full index)")


if __name__ == "__main__":
    main()
