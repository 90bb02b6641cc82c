"""Figures pooled over many sets: the dev pool as one set of questions (micro averages, counts).

    python -m eval.pooled RUN.json [--sets A B ...] [--except A B ...]

reads the per-item records an `eval.run --json` dump holds and prints, for the question sets among them, the answerable
and unanswerable counts, hit@1, hit@5, the share of expected facts in the answers, how many unanswerable and answerable
questions were refused and the false notes, for all of them and for those asked in English; for the eligibility sets,
verdict and condition accuracy, contradictions and the questions that got no check. `eval.run` prints the same lines
after its tables.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from index.expand import is_english


def qa_figures(records: list[dict]) -> dict[str, float]:
    ans = [r for r in records if r["answerable"]]
    unans = [r for r in records if not r["answerable"]]
    n = len(ans) or 1
    facts = sum(len(r["facts"]) for r in ans)
    return {"answerable": len(ans), "unanswerable": len(unans),
            "hit@1": sum(r["rank"] == 1 for r in ans) / n, "hit@5": sum(0 < r["rank"] <= 5 for r in ans) / n,
            "facts": sum(len(r["found"]) for r in ans) / facts if facts else float("nan"),
            "unans refused": sum(r["refused"] for r in unans), "ans refused": sum(r["refused"] for r in ans),
            "false notes": sum(r["noted"] and len(r["found"]) == len(r["facts"]) for r in ans)}


def eligibility_figures(records: list[dict]) -> dict[str, float]:
    conditions = [c for r in records for c in r["conditions"]]
    n = len(records) or 1
    contradictions = sum({r["got"], r["expected"]} == {"met", "not_met"} for r in records) \
        + sum({c["got"], c["expected"]} == {"met", "not_met"} for c in conditions)
    return {"questions": len(records), "verdicts": sum(r["got"] == r["expected"] for r in records) / n,
            "conditions": sum(c["got"] == c["expected"] for c in conditions) / (len(conditions) or 1),
            "contradictions": contradictions, "no check": sum(r["got"] == "none" for r in records)}


def pooled_lines(dump: dict[str, dict], names: list[str] | None = None) -> list[str]:
    """One line for the question sets, one for their English questions, one for the eligibility sets."""
    chosen = [dump[n]["records"] for n in (names if names is not None else dump) if n in dump]
    qa = [r for records in chosen for r in records if "answerable" in r]
    eligibility = [r for records in chosen for r in records if "expected" in r]
    show = lambda figures: ", ".join(f"{k} {v:.4f}" if isinstance(v, float) else f"{k} {v}"  # noqa: E731
                                     for k, v in figures.items())
    lines = []
    if qa:
        lines.append(f"pooled questions: {show(qa_figures(qa))}")
        asked_in_english = [r for r in qa if is_english(r["question"])]
        if asked_in_english:
            lines.append(f"pooled English questions: {show(qa_figures(asked_in_english))}")
    if eligibility:
        lines.append(f"pooled eligibility: {show(eligibility_figures(eligibility))}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dump", type=Path, help="An eval.run --json file.")
    parser.add_argument("--sets", nargs="*", help="Only these set names.")
    parser.add_argument("--except", dest="excluded", nargs="*", default=[], help="Leave these set names out.")
    args = parser.parse_args()
    dump = json.loads(args.dump.read_text(encoding="utf-8"))
    names = [n for n in (args.sets or list(dump)) if n not in args.excluded]
    for line in pooled_lines(dump, names):
        print(line)


if __name__ == "__main__":
    main()
