"""`make eval`: retrieval figures (dense, BM25, hybrid) and answer figures on the team's question sets."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from rich.console import Console
from rich.table import Table

from eval.metrics import first_correct_rank, load_items, summarise
from index.search import Fusion
from service.runtime import build, load_assistant, load_embedder
from service.settings import Settings

HERE = Path(__file__).resolve().parent
LAWS_ROOT = HERE.parent.parent / "shared" / "corpora" / "cn-laws"
console = Console()

METHODS = {
    "dense": Fusion(method="dense"),
    "bm25": Fusion(method="bm25"),
    "rrf": Fusion(method="rrf"),
    "weighted 0.3": Fusion(method="weighted", weight=0.3),
    "weighted 0.5": Fusion(method="weighted", weight=0.5),
    "weighted 0.7": Fusion(method="weighted", weight=0.7),
}


def retrieval_table(assistant, items: list[dict], title: str) -> dict[str, dict]:
    answerable = [it for it in items if it.get("answerable", True)]
    results: dict[str, dict] = {}
    for name, fusion in METHODS.items():
        ranks = []
        for it in answerable:
            q = it["question"] if not it.get("history") else assistant.rewrite(it["question"], it["history"])
            hits = assistant.index.search(q, k=10, fusion=fusion)
            ranks.append(first_correct_rank(it["evidence"], [(h.chunk.text, h.chunk.section_path) for h in hits]))
        results[name] = summarise(ranks)
    ranks = []
    for it in answerable:
        answer = assistant.answer(it["question"], it.get("history", []), k=5)
        ranks.append(first_correct_rank(it["evidence"], [(c.text, c.section) for c in answer.citations]))
    results["system (ask --json)"] = summarise(ranks)
    table = Table(title=f"{title}: retrieval on {len(answerable)} answerable questions")
    for col in ("method", "recall@1", "recall@5", "MRR"):
        table.add_column(col, justify="right" if col != "method" else "left")
    for name, r in results.items():
        table.add_row(name, f"{r['recall@1']:.3f}", f"{r['recall@5']:.3f}", f"{r['mrr']:.3f}")
    console.print(table)
    return results


def answer_table(assistant, items: list[dict], title: str) -> dict[str, float]:
    facts_found = facts_total = 0
    refused_unans = unans = refused_ans = ans = 0
    rewrite_ok = rewrites = 0
    for it in items:
        answer = assistant.answer(it["question"], it.get("history", []), k=5)
        if it.get("answerable", True):
            ans += 1
            refused_ans += answer.refused
            if not answer.refused:
                for f in it.get("facts", []):
                    facts_total += 1
                    facts_found += _has_fact(f, answer.text)
            else:
                facts_total += len(it.get("facts", []))
        else:
            unans += 1
            refused_unans += answer.refused
        if it.get("rewrite_contains"):
            rewrites += 1
            rewrite_ok += all(_has_fact(t, answer.rewritten) for t in it["rewrite_contains"])
    total_refused = refused_unans + refused_ans
    figures = {
        "facts in answer": facts_found / facts_total if facts_total else 0.0,
        "unanswerable refused (refusal recall)": refused_unans / unans if unans else float("nan"),
        "answerable refused": refused_ans / ans if ans else 0.0,
        "refusal precision": refused_unans / total_refused if total_refused else float("nan"),
    }
    if rewrites:
        figures["follow-up rewrites correct"] = rewrite_ok / rewrites
    table = Table(title=f"{title}: answers on {len(items)} questions ({ans} answerable, {unans} not)")
    table.add_column("figure")
    table.add_column("value", justify="right")
    for k, v in figures.items():
        table.add_row(k, f"{v:.3f}")
    console.print(table)
    return figures


def _has_fact(fact: str, text: str) -> bool:
    from corpus.normalize import fold

    return fold(fact) in fold(text)


def _laws_assistant(settings: Settings, header: dict):
    folder = settings.home / "eval-laws-corpus"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for src in settings.corpus_dirs:
        shutil.copytree(src, folder / "seeds")
    for rel in header["corpus_files"]:
        target = folder / "laws" / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(LAWS_ROOT / rel, target)
    embedder = load_embedder(settings)
    index = settings.home / "eval-laws-index"
    build(settings, folders=[folder], index=index, embedder=embedder)
    return load_assistant(settings, index=index, embedder=embedder)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--laws", action="store_true", help="Also the generalisation set on cn-laws files.")
    parser.add_argument("--no-answers", action="store_true", help="Retrieval figures only.")
    args = parser.parse_args()
    settings = Settings()
    assistant = load_assistant(settings)
    _, questions = load_items(HERE / "questions.jsonl")
    _, followups = load_items(HERE / "followups.jsonl")
    retrieval_table(assistant, questions, "questions.jsonl")
    retrieval_table(assistant, followups, "followups.jsonl")
    if not args.no_answers:
        answer_table(assistant, questions, "questions.jsonl")
        answer_table(assistant, followups, "followups.jsonl")
    if args.laws:
        header, laws = load_items(HERE / "laws.jsonl")
        law_assistant = _laws_assistant(settings, header)
        retrieval_table(law_assistant, laws, "laws.jsonl (seeds + 6 cn-laws files)")
        if not args.no_answers:
            answer_table(law_assistant, laws, "laws.jsonl")


if __name__ == "__main__":
    main()
