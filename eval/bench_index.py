"""Query cost of one built index, in a fresh process: load time, RSS, ask and retrieve latency, and for a
large flat index the same with the approximate (IVF) dense index made from its vectors, with recall@10.

    .venv/bin/policyqa build corpus/documents ../shared/corpora/cn-laws --index /tmp/full
    .venv/bin/python -m eval.bench_index /tmp/full [--add]

With --add, a new 20,000-character regulation (cn-laws' 北京市物业管理条例 moved to an invented city, so
none of its chunks was ever embedded) is added to a copy of the index's first corpus folder and the index
is built again incrementally: the time to build, and to a loaded assistant answering from it, is what a
staff upload waits for. The document is then deleted again and the index built back.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from rich.console import Console

from eval.bench import ADDED, HERE, ann_recall, percentile, query_latencies, rss_mb
from eval.metrics import load_items

console = Console()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("index", type=Path, help="a built index folder")
    parser.add_argument("--questions", type=int, default=200, help="team-seeds questions to ask")
    parser.add_argument("--add", action="store_true", help="time adding (and deleting) one new document")
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
    if describe(assistant.index.faiss) != "flat":
        console.print(f"recall@10 of {describe(assistant.index.faiss)} against exact search: "
                      f"{ann_recall(assistant, questions):.3f} (target >= 0.98)")
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
    if args.add:
        del assistant
        add_document(args.index, settings, embedder)


def add_document(index: Path, settings, embedder) -> None:
    from index.store import read_manifest
    from service.runtime import build, load_assistant

    folders = [Path(f) for f in read_manifest(index).corpus_dirs]
    work = Path(tempfile.mkdtemp(prefix="policyqa-add-"))
    try:
        first = work / "corpus"
        shutil.copytree(folders[0], first)
        folders = [first, *folders[1:]]
        # Built once with the copied folder: nothing changes but the folder's path.
        build(settings, folders=folders, index=index, embedder=embedder)
        text = ADDED.read_text(encoding="utf-8").replace("北京市", "样例市").replace("北京", "样例")
        (first / "样例市物业管理条例.md").write_text(text, encoding="utf-8")
        fresh = settings.model_copy(update={"cache_dir": work / "cache"})  # an empty cache
        started = time.perf_counter()
        result = build(fresh, folders=folders, index=index, embedder=embedder)
        built = time.perf_counter() - started
        assistant = load_assistant(fresh, index=result.path, embedder=embedder)
        opened = time.perf_counter() - started - built
        answer = assistant.answer("样例市物业服务企业应当公示哪些信息？")
        answering = time.perf_counter() - started
        cited = any("样例市" in c.title for c in answer.citations)
        del assistant
        console.print(f"one new {len(text):,}-character document added to {result.manifest.chunk_count:,} chunks: "
                      f"{result.embedded} chunks made, {result.reused:,} reused; built in {built:.1f} s, answering "
                      f"{answering:.1f} s after (cited: {cited}) (target <= 10 s at full size)")
        if settings.store == "milvus":
            console.print(f"of which {opened:.1f} s to open the assistant, with Milvus brought to the new version "
                          f"document by document (POLICYQA_MILVUS_REWEIGH_DRIFT={settings.milvus_reweigh_drift})")
        (first / "样例市物业管理条例.md").unlink()
        started = time.perf_counter()
        build(fresh, folders=folders, index=index, embedder=embedder)
        console.print(f"deleted again: built in {time.perf_counter() - started:.1f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
