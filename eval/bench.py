"""`make bench`: build time, query latency and memory on the seed corpus and on growing cn-laws subsets."""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from eval.metrics import load_items

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LAWS = ROOT.parent / "shared" / "corpora" / "cn-laws"
console = Console()


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


def langchain_side_by_side(folders: list[Path], ours_seconds: float, questions: list[str], model_dir: Path,
                           label: str, ours_ask_p50: float) -> None:
    """The plain LangChain pipeline (eval/langchain_reference.py) on the same files, in this process."""
    try:
        from eval.langchain_reference import Reference
    except ImportError:
        console.print("LangChain reference skipped: install the bench extra (pip install -e '.[bench]')")
        return
    ref = Reference(folders, model_dir)
    times = []
    for q in questions:
        started = time.perf_counter()
        ref.ask(q)
        times.append((time.perf_counter() - started) * 1000)
    console.print(f"{label}: LangChain reference build {ref.seconds:.1f} s ({ref.chunks} chunks) vs policyqa "
                  f"{ours_seconds:.1f} s -> ratio {ours_seconds / max(ref.seconds, 1e-9):.2f}; ask p50 "
                  f"{statistics.median(times):.1f} ms vs {ours_ask_p50:.1f} ms")


ADDED = LAWS / "DLC" / "北京地方法规" / "地方性法规" / "北京" / "北京市物业管理条例(2024-03-29).md"


def added_document_seconds(settings, embedder, work: Path) -> float:
    """Rebuild of the seeds plus one long regulation, after the seeds were built with this cache."""
    from service.runtime import build

    folder = work / "seeds-plus-one"
    shutil.copytree(settings.corpus_dirs[0], folder)
    shutil.copy(ADDED, folder / ADDED.name)
    started = time.perf_counter()
    build(settings, folders=[folder], index=work / "seed-index-added", embedder=embedder)
    return time.perf_counter() - started


def laws_subset(fraction: float) -> list[Path]:
    files = sorted(LAWS.rglob("*.md"))
    step = max(1, round(1 / fraction))
    return files[::step]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", default="0.01", help="cn-laws fractions to index (e.g. 0.01,0.1,1)")
    args = parser.parse_args()
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
        added = added_document_seconds(settings, embedder, work)
        console.print(f"seed corpus in process: build {seed_build:.1f} s with an empty build cache, {cached:.1f} s "
                      f"again from the cache; with one {ADDED.stem} ({len(ADDED.read_text(encoding='utf-8')):,} "
                      f"characters) added: {added:.1f} s (what a staff upload waits for)")
        langchain_side_by_side(list(settings.corpus_dirs), seed_build, questions, embedder.model_dir, "seeds",
                               statistics.median(ask))
        for fraction in [float(f) for f in args.scale.split(",") if f]:
            folder = work / f"laws-{fraction}"
            folder.mkdir()
            for i, src in enumerate(laws_subset(fraction)):
                shutil.copy(src, folder / f"{i:05d}_{src.name}")
            started = time.perf_counter()
            result = build(settings, folders=[folder], index=work / f"laws-index-{fraction}", embedder=embedder)
            seconds = time.perf_counter() - started
            law_assistant = load_assistant(settings, index=result.path, embedder=embedder)
            ask = query_latencies(law_assistant, questions[:100], answer=True)
            ret = query_latencies(law_assistant, questions[:100], answer=False)
            table.add_row(f"cn-laws {fraction:.0%}", str(result.manifest.doc_count), str(result.manifest.chunk_count),
                          f"{seconds:.1f}", f"{statistics.median(ask):.1f}", f"{percentile(ask, 0.99):.1f}",
                          f"{statistics.median(ret):.1f}", f"{rss_mb():.0f}")
            if fraction <= 0.1:
                langchain_side_by_side([folder], seconds, questions[:100], embedder.model_dir,
                                       f"cn-laws {fraction:.0%}", statistics.median(ask))
            del law_assistant
        console.print(table)
        console.print("ask = retrieval + answer composition in process after load; targets: ask p50 <= 30 ms on the seeds.")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if (ROOT / "eval" / "bench_http.py").exists():
        subprocess.run([sys.executable, "-m", "eval.bench_http"], cwd=ROOT, check=False)


if __name__ == "__main__":
    main()
