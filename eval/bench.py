"""`make bench`: build time, query latency and memory on the seed corpus and on growing cn-laws subsets."""

from __future__ import annotations

import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
from rich.console import Console
from rich.table import Table

from eval.metrics import load_items

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LAWS = ROOT.parent / "shared" / "corpora" / "cn-laws"
console = Console(width=160)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def cold_build_seconds(index: Path) -> float:
    """A new process that loads the model and builds the seed index from scratch."""
    started = time.perf_counter()
    env = {**os.environ, "POLICYQA_CACHE_DIR": str(index.parent / "cache-cold")}
    subprocess.run([sys.executable, "-m", "service.cli", "build", "--force", "--index", str(index)],
                   cwd=ROOT, check=True, capture_output=True, env=env)
    return time.perf_counter() - started


def query_latencies(assistant, questions: list[str], *, answer: bool) -> list[float]:
    for q in questions[:5]:  # warm-up
        assistant.answer(q) if answer else assistant.retrieve(q)
    times = []
    for q in questions:
        assistant.index.embedder.clear_cache()  # measure the model, not the cache
        t = time.perf_counter()
        assistant.answer(q) if answer else assistant.retrieve(q)
        times.append((time.perf_counter() - t) * 1000)
    return times


def encoder_rates(embedder, questions: list[str], *, tag: str) -> tuple[float, float]:
    """ms per question one at a time, and questions/s with 8 threads asking at once (no cache hits)."""
    one = []
    for q in questions:
        started = time.perf_counter()
        embedder.query(f"{tag}1 {q}")
        one.append((time.perf_counter() - started) * 1000)
    pending = iter(questions)
    lock = threading.Lock()

    def worker() -> None:
        while True:
            with lock:
                q = next(pending, None)
            if q is None:
                return
            embedder.query(f"{tag}8 {q}")

    threads = [threading.Thread(target=worker) for _ in range(8)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return statistics.median(one), len(questions) / (time.perf_counter() - started)


def side_by_side(label: str, folders: list[Path], questions: list[str], settings, embedder, work: Path,
                 table: Table) -> None:
    """policyqa and the plain LangChain pipeline (eval/langchain_reference.py) on the same files, in this
    process, both from cold (policyqa with an empty build cache): build chars/s and questions/s, and ratios."""
    from service.runtime import build, load_assistant

    try:
        from eval.langchain_reference import Reference
    except ImportError:
        console.print("LangChain reference skipped: install the bench extra (pip install -e '.[bench]')")
        return
    cold = with_cache(settings, work / f"cache-{label}")
    started = time.perf_counter()
    result = build(cold, folders=folders, index=work / f"index-{label}", embedder=embedder)
    ours_build = time.perf_counter() - started
    chars = sum(d["chars"] for d in result.manifest.documents)
    assistant = load_assistant(cold, index=result.path, embedder=embedder)
    ours = query_latencies(assistant, questions, answer=True)
    del assistant
    ref = Reference(folders, embedder.model_dir)
    theirs = []
    for q in questions:
        t = time.perf_counter()
        ref.ask(q)
        theirs.append((time.perf_counter() - t) * 1000)
    ours_cps, theirs_cps = chars / ours_build, ref.chars / ref.seconds
    ours_qps, theirs_qps = 1000 * len(ours) / sum(ours), 1000 * len(theirs) / sum(theirs)
    table.add_row(label, "policyqa", f"{chars:,}", f"{result.manifest.chunk_count:,}", f"{ours_build:.1f}",
                  f"{ours_cps:,.0f}", f"{statistics.median(ours):.1f}", f"{ours_qps:.0f}")
    table.add_row("", "LangChain", f"{ref.chars:,}", f"{ref.chunks:,}", f"{ref.seconds:.1f}", f"{theirs_cps:,.0f}",
                  f"{statistics.median(theirs):.1f}", f"{theirs_qps:.0f}")
    table.add_row("", "ratio", "", "", "", f"[bold]{ours_cps / theirs_cps:.2f}x[/bold]",
                  f"{statistics.median(ours) / statistics.median(theirs):.2f}", f"[bold]{ours_qps / theirs_qps:.2f}x[/bold]")
    del ref


def with_cache(settings, cache: Path):
    """The settings with another build cache folder."""
    return settings.model_copy(update={"cache_dir": cache})


ADDED = LAWS / "DLC" / "北京地方法规" / "地方性法规" / "北京" / "北京市物业管理条例(2024-03-29).md"


ADDED_QUESTION = "物业服务企业应当公开哪些收费信息？"


def added_document_seconds(settings, embedder, folders: list[Path], index: Path) -> tuple[float, float, float, float]:
    """ADDED copied into the first folder of a built index, as the staff re-index does it: seconds to an
    assistant answering from it by keywords (the first version, published before the model runs; nan if
    it did not cite ADDED), to an assistant answering from its vectors (the version published before the
    English lexicon takes the new words, else the complete one), to the complete build, and to the build
    after its deletion."""
    from service.runtime import build, load_assistant

    target = folders[0] / f"added-{ADDED.name}"
    shutil.copy(ADDED, target)
    fresh = Path(tempfile.mkdtemp(prefix="cache-", dir=index.parent))
    settings = settings.model_copy(update={"cache_dir": fresh})  # an empty cache: the document is embedded
    keywords, vectors = [float("nan")], [float("nan")]

    def answered(result, into: list[float]) -> None:
        answer = load_assistant(settings, index=result.path, embedder=embedder).answer(ADDED_QUESTION)
        if answer.citations and answer.citations[0].doc_id.startswith("added-"):
            into[0] = time.perf_counter() - started

    started = time.perf_counter()
    result = build(settings, folders=folders, index=index, embedder=embedder,
                   on_keywords=lambda r: answered(r, keywords), on_vectors=lambda r: answered(r, vectors))
    built = time.perf_counter() - started
    if math.isnan(vectors[0]):  # no version before the complete one: answering from that
        answered(result, vectors)
    target.unlink()
    started = time.perf_counter()
    build(settings, folders=folders, index=index, embedder=embedder)
    return keywords[0], vectors[0], built, time.perf_counter() - started


def ann_recall(assistant, questions: list[str], k: int = 10) -> float:
    """Recall@k of the approximate dense index against exact search over the same vectors."""
    import faiss

    index = assistant.index.faiss
    exact = faiss.IndexFlatIP(index.d)
    exact.add(index.reconstruct_n(0, index.ntotal))
    queries = np.stack([assistant.index.embedder.query(q) for q in questions])
    _, truth = exact.search(queries, k)
    _, found = index.search(queries, k)
    return float(np.mean([len(set(a) & set(b)) / k for a, b in zip(truth, found)]))


def laws_sample(count: int) -> list[Path]:
    """`count` cn-laws files spread evenly over the sorted list."""
    files = sorted(LAWS.rglob("*.md"))
    return [files[round(i * len(files) / count)] for i in range(min(count, len(files)))]


def laws_subset(fraction: float) -> list[Path]:
    files = sorted(LAWS.rglob("*.md"))
    step = max(1, round(1 / fraction))
    return files[::step]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", default="0.01", help="cn-laws fractions to index (e.g. 0.01,0.1,1)")
    parser.add_argument("--compare", type=int, default=300,
                        help="law files added to the seeds for the LangChain side by side (0: skip it)")
    parser.add_argument("--full", action="store_true", help="also index all of cn-laws plus the seeds")
    args = parser.parse_args()
    if args.full:
        args.scale = ",".join([*[f for f in args.scale.split(",") if f and float(f) < 1], "1"])
    from index.embed import Embedder
    from service.runtime import build, load_assistant, load_embedder
    from service.settings import Settings

    work = Path(tempfile.mkdtemp(prefix="policyqa-bench-"))
    settings = Settings(cache_dir=work / "cache")  # every build here starts with an empty build cache
    table = Table(title="policyqa benchmark (2-core machine; figures from one run)")
    for col in ("corpus", "docs", "chunks", "build s", "ask p50 ms", "ask p99 ms", "retrieve p50 ms", "RSS MB"):
        table.add_column(col, justify="right" if col != "corpus" else "left")
    try:
        cold = cold_build_seconds(work / "seed-index")
        console.print(f"seed corpus: cold build incl. model load, new process: [bold]{cold:.1f} s[/bold] (target <= 30 s)")
        embedder = load_embedder(settings)
        _, items = load_items(HERE / "sets" / "team-seeds.jsonl")
        questions = [it["question"] for it in items]
        torch_embedder = Embedder(embedder.model_dir)
        for name, e in (("torch fp32", torch_embedder), (f"{embedder.query_backend} (the service's)", embedder)):
            e.query("预热")
            ms, rate = encoder_rates(e, questions, tag=name)
            console.print(f"question encoder {name}: {ms:.1f} ms per question alone, {rate:.0f} questions/s "
                          "with 8 threads asking")
        del torch_embedder
        assistant = load_assistant(settings, index=work / "seed-index", embedder=embedder)
        ask = query_latencies(assistant, questions, answer=True)
        ret = query_latencies(assistant, questions, answer=False)
        m = assistant.index.manifest
        table.add_row("seeds", str(m.doc_count), str(m.chunk_count), f"{m.build_seconds:.1f}",
                      f"{statistics.median(ask):.1f}", f"{percentile(ask, 0.99):.1f}",
                      f"{statistics.median(ret):.1f}", f"{rss_mb():.0f}")
        seed_build = time.perf_counter()
        build(settings, folders=list(settings.corpus_dirs), index=work / "seed-index-warm", embedder=embedder)
        seed_build = time.perf_counter() - seed_build
        cached = time.perf_counter()
        build(settings, folders=list(settings.corpus_dirs), index=work / "seed-index-cached", embedder=embedder)
        cached = time.perf_counter() - cached
        seeds = work / "seeds-plus-one"
        shutil.copytree(settings.corpus_dirs[0], seeds)
        build(settings, folders=[seeds], index=work / "seed-index-added", embedder=embedder)
        by_keywords, answerable, added, deleted = added_document_seconds(settings, embedder, [seeds],
                                                                         work / "seed-index-added")
        console.print(f"seed corpus in process: build {seed_build:.1f} s with an empty build cache, {cached:.1f} s "
                      f"again from the cache")
        console.print(f"one {ADDED.stem} ({len(ADDED.read_text(encoding='utf-8')):,} characters, never embedded) "
                      f"added to the seed index: answering by keywords {by_keywords:.1f} s after the upload "
                      f"(target <= 2 s), from its vectors {answerable:.1f} s after the upload, complete (English "
                      f"lexicon too) in {added:.1f} s; deleted again: {deleted:.1f} s")
        for fraction in [float(f) for f in args.scale.split(",") if f]:
            folder = work / f"laws-{fraction}"
            folder.mkdir()
            for i, src in enumerate(laws_subset(fraction)):
                if src != ADDED:  # kept out so the add below embeds something new
                    shutil.copy(src, folder / f"{i:05d}_{src.name}")
            started = time.perf_counter()
            folders = [folder, *settings.corpus_dirs] if fraction >= 1 else [folder]  # --full: the seeds too
            result = build(settings, folders=folders, index=work / f"laws-index-{fraction}", embedder=embedder)
            seconds = time.perf_counter() - started
            law_assistant = load_assistant(settings, index=result.path, embedder=embedder)
            ask = query_latencies(law_assistant, questions[:100], answer=True)
            ret = query_latencies(law_assistant, questions[:100], answer=False)
            table.add_row(f"cn-laws {fraction:.0%}", str(result.manifest.doc_count), str(result.manifest.chunk_count),
                          f"{seconds:.1f}", f"{statistics.median(ask):.1f}", f"{percentile(ask, 0.99):.1f}",
                          f"{statistics.median(ret):.1f}", f"{rss_mb():.0f}")
            dense = result.manifest.dense
            if dense != "flat":
                console.print(f"cn-laws {fraction:.0%}: dense index {dense}, recall@10 against exact search "
                              f"{ann_recall(law_assistant, questions):.3f} (target >= 0.98)")
            del law_assistant
            by_keywords, answerable, added, deleted = added_document_seconds(settings, embedder, folders,
                                                                             work / f"laws-index-{fraction}")
            console.print(f"cn-laws {fraction:.0%}: one {ADDED.stem} added: answering by keywords {by_keywords:.1f} s "
                          f"after the upload, from its vectors {answerable:.1f} s after the upload (target <= 10 s "
                          f"at full size), complete in {added:.1f} s; deleted: {deleted:.1f} s")
        console.print(table)
        console.print("ask = retrieval + answer composition in process after load; targets: ask p50 <= 30 ms on the seeds.")
        if args.compare:
            versus = Table(title="policyqa and the plain LangChain pipeline, same files, same run, cold")
            for col in ("corpus", "pipeline", "characters", "chunks", "build s", "build chars/s", "ask p50 ms",
                        "questions/s"):
                versus.add_column(col, justify="left" if col in ("corpus", "pipeline") else "right")
            side_by_side("seeds", list(settings.corpus_dirs), questions, settings, embedder, work, versus)
            folder = work / f"seeds-{args.compare}"
            shutil.copytree(settings.corpus_dirs[0], folder)
            for i, src in enumerate(laws_sample(args.compare)):
                shutil.copy(src, folder / f"{i:05d}_{src.name}")
            side_by_side(f"seeds + {args.compare} laws", [folder], questions[:100], settings, embedder, work, versus)
            console.print(versus)
            console.print("ratio: policyqa / LangChain (build chars/s and questions/s: higher is better for "
                          "policyqa; target build >= 3x). Questions asked one at a time.")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if (ROOT / "eval" / "bench_http.py").exists():
        subprocess.run([sys.executable, "-m", "eval.bench_http"], cwd=ROOT, check=False)


if __name__ == "__main__":
    main()
