"""`make eval`: retrieval and answer figures on the dev and test question sets (see eval/README.md).

Tune on dev only. Test figures are printed, but `--misses` never lists test items unless asked by name:
a test set whose misses were read is spent, and a fresh one must be written before the next claim.
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from corpus.normalize import fold
from eval.corpora import SETS, assistants
from eval.metrics import first_correct_rank, load_items, summarise
from eval.pooled import pooled_lines
from index.search import Fusion
from service.settings import Settings

console = Console(width=160)


@dataclass(frozen=True)
class QuestionSet:
    name: str
    file: str  # under eval/sets/
    corpus: str  # "seeds" (the default index) or "laws" (seeds + eval/sets/laws-corpus.txt)
    split: str  # "dev" or "test"
    kind: str = "qa"  # "qa", "eligibility" (verdicts on the asker's own figures), "places" (labels of places)


QUESTION_SETS = [
    QuestionSet("team-seeds", "team-seeds.jsonl", "seeds", "dev"),
    QuestionSet("team-followups", "team-followups.jsonl", "seeds", "dev"),
    QuestionSet("team-laws", "team-laws.jsonl", "laws", "dev"),
    QuestionSet("blind-seeds-dev", "blind-seeds-dev.jsonl", "seeds", "dev"),
    QuestionSet("blind-laws-dev", "blind-laws-dev.jsonl", "laws", "dev"),
    QuestionSet("blind-laws-val", "blind-laws-val.jsonl", "laws", "dev"),
    QuestionSet("refusal-dev", "refusal-dev.jsonl", "laws", "dev"),
    QuestionSet("blind-laws-val2", "blind-laws-val2.jsonl", "laws", "dev"),
    QuestionSet("blind-seeds-test", "blind-seeds-test.jsonl", "seeds", "test"),
    QuestionSet("blind-seeds-test2", "blind-seeds-test2.jsonl", "seeds", "test"),
    QuestionSet("blind-laws-test", "blind-laws-test.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test2", "blind-laws-test2.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test3", "blind-laws-test3.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test4", "blind-laws-test4.jsonl", "laws", "test"),
    QuestionSet("blind-seeds-test3", "blind-seeds-test3.jsonl", "seeds", "test"),
    QuestionSet("blind-laws-test5", "blind-laws-test5.jsonl", "laws", "test"),
    QuestionSet("blind-seeds-test4", "blind-seeds-test4.jsonl", "seeds", "test"),
    QuestionSet("blind-laws-test6", "blind-laws-test6.jsonl", "laws", "test"),
    QuestionSet("blind-seeds-test5", "blind-seeds-test5.jsonl", "seeds", "test"),
    QuestionSet("blind-laws-test7", "blind-laws-test7.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test8", "blind-laws-test8.jsonl", "laws", "test"),
    QuestionSet("blind-seeds-test6", "blind-seeds-test6.jsonl", "seeds", "test"),
    QuestionSet("blind-laws-test9", "blind-laws-test9.jsonl", "laws", "test"),
    QuestionSet("blind-seeds-test7", "blind-seeds-test7.jsonl", "seeds", "test"),
    QuestionSet("blind-laws-test10", "blind-laws-test10.jsonl", "laws", "test"),
    QuestionSet("blind-seeds-test8", "blind-seeds-test8.jsonl", "seeds", "test"),
    QuestionSet("blind-laws-test11", "blind-laws-test11.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test12", "blind-laws-test12.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test13", "blind-laws-test13.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test14", "blind-laws-test14.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test15", "blind-laws-test15.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test16", "blind-laws-test16.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test17", "blind-laws-test17.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test18", "blind-laws-test18.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test19", "blind-laws-test19.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test20", "blind-laws-test20.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test21", "blind-laws-test21.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test22", "blind-laws-test22.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test23", "blind-laws-test23.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test24", "blind-laws-test24.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test25", "blind-laws-test25.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test26", "blind-laws-test26.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test27", "blind-laws-test27.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test28", "blind-laws-test28.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test29", "blind-laws-test29.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test30", "blind-laws-test30.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test31", "blind-laws-test31.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test32", "blind-laws-test32.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test33", "blind-laws-test33.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test34", "blind-laws-test34.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test35", "blind-laws-test35.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test36", "blind-laws-test36.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test37", "blind-laws-test37.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test38", "blind-laws-test38.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test39", "blind-laws-test39.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test40", "blind-laws-test40.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test41", "blind-laws-test41.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test42", "blind-laws-test42.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test43", "blind-laws-test43.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test44", "blind-laws-test44.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test45", "blind-laws-test45.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test46", "blind-laws-test46.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test47", "blind-laws-test47.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test48", "blind-laws-test48.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test49", "blind-laws-test49.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test50", "blind-laws-test50.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test51", "blind-laws-test51.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test52", "blind-laws-test52.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test53", "blind-laws-test53.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test54", "blind-laws-test54.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test55", "blind-laws-test55.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test56", "blind-laws-test56.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test57", "blind-laws-test57.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test58", "blind-laws-test58.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test59", "blind-laws-test59.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test60", "blind-laws-test60.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test61", "blind-laws-test61.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test62", "blind-laws-test62.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test63", "blind-laws-test63.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test64", "blind-laws-test64.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test65", "blind-laws-test65.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test66", "blind-laws-test66.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test67", "blind-laws-test67.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test68", "blind-laws-test68.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test69", "blind-laws-test69.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test70", "blind-laws-test70.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test71", "blind-laws-test71.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test72", "blind-laws-test72.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test73", "blind-laws-test73.jsonl", "laws", "test"),
    QuestionSet("blind-laws-test74", "blind-laws-test74.jsonl", "laws", "test"),
    QuestionSet("eligibility-dev", "eligibility-dev.jsonl", "laws", "dev", "eligibility"),
    QuestionSet("eligibility-dev2", "eligibility-dev2.jsonl", "laws", "dev", "eligibility"),
    QuestionSet("eligibility-test", "eligibility-test.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test2", "eligibility-test2.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test3", "eligibility-test3.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test4", "eligibility-test4.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test5", "eligibility-test5.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test6", "eligibility-test6.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test7", "eligibility-test7.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test8", "eligibility-test8.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test9", "eligibility-test9.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test10", "eligibility-test10.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test11", "eligibility-test11.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test12", "eligibility-test12.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test13", "eligibility-test13.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test14", "eligibility-test14.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test15", "eligibility-test15.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test16", "eligibility-test16.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test17", "eligibility-test17.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test18", "eligibility-test18.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test19", "eligibility-test19.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test20", "eligibility-test20.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test21", "eligibility-test21.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test22", "eligibility-test22.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test23", "eligibility-test23.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test24", "eligibility-test24.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test25", "eligibility-test25.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test26", "eligibility-test26.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test27", "eligibility-test27.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test28", "eligibility-test28.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test29", "eligibility-test29.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test30", "eligibility-test30.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test31", "eligibility-test31.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test32", "eligibility-test32.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test33", "eligibility-test33.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test34", "eligibility-test34.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test35", "eligibility-test35.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test36", "eligibility-test36.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test37", "eligibility-test37.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test38", "eligibility-test38.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test39", "eligibility-test39.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test40", "eligibility-test40.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test41", "eligibility-test41.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test42", "eligibility-test42.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test43", "eligibility-test43.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test44", "eligibility-test44.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test45", "eligibility-test45.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test46", "eligibility-test46.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test47", "eligibility-test47.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test48", "eligibility-test48.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test49", "eligibility-test49.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test50", "eligibility-test50.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test51", "eligibility-test51.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test52", "eligibility-test52.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test53", "eligibility-test53.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test54", "eligibility-test54.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test55", "eligibility-test55.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test56", "eligibility-test56.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test57", "eligibility-test57.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test58", "eligibility-test58.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test59", "eligibility-test59.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test60", "eligibility-test60.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test61", "eligibility-test61.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test62", "eligibility-test62.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test63", "eligibility-test63.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test64", "eligibility-test64.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test65", "eligibility-test65.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test66", "eligibility-test66.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test67", "eligibility-test67.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test68", "eligibility-test68.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test69", "eligibility-test69.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test70", "eligibility-test70.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test71", "eligibility-test71.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test72", "eligibility-test72.jsonl", "laws", "test", "eligibility"),
    QuestionSet("eligibility-test73", "eligibility-test73.jsonl", "laws", "test", "eligibility"),
    QuestionSet("places-dev", "places-dev.jsonl", "laws", "dev", "places"),
    QuestionSet("places-test", "places-test.jsonl", "laws", "test", "places"),
]

# The newest round's sets, never run before the session that writes them ends: left out of dev readings.
FRESH = ("blind-laws-test74", "eligibility-test73")

METHODS = {
    "dense": Fusion(method="dense"),
    "bm25": Fusion(method="bm25"),
    "rrf": Fusion(method="rrf"),
    "weighted 0.5": Fusion(method="weighted", weight=0.5),
    "weighted 0.6": Fusion(method="weighted", weight=0.6),
    "weighted 0.65": Fusion(method="weighted", weight=0.65),
    "weighted 0.7": Fusion(method="weighted", weight=0.7),
}


def has_fact(fact: str, text: str) -> bool:
    """A fact is present when its folded form (Simplified, half-width, lower case) is in the folded answer."""
    return fold(fact).replace(" ", "") in fold(text).replace(" ", "")


def score_set(assistant, items: list[dict]) -> tuple[dict[str, float], list[dict]]:
    """The set's figures, and one record per item (for --misses and --json)."""
    records = []
    for it in items:
        answer = assistant.answer(it["question"], it.get("history", []), k=5)
        answerable = it.get("answerable", True)
        rank = first_correct_rank(it.get("evidence", []), [(c.text, c.section) for c in answer.citations])
        facts = it.get("facts", []) if answerable else []
        found = [f for f in facts if not answer.refused and has_fact(f, answer.text)]
        records.append({"id": it["id"], "question": it["question"], "history": it.get("history", []),
                        "answerable": answerable, "refused": answer.refused, "rank": rank,
                        "facts": facts, "found": found, "answer": answer.text, "reason": answer.reason,
                        "rewritten": answer.rewritten, "style": it.get("style", ""), "kind": it.get("kind", ""),
                        "rewrite_ok": all(has_fact(t, answer.rewritten) for t in it.get("rewrite_contains", [])),
                        "noted": not answer.refused and "partly" in answer.reason})
    ans = [r for r in records if r["answerable"]]
    unans = [r for r in records if not r["answerable"]]
    ranks = summarise([r["rank"] for r in ans])
    facts_total = sum(len(r["facts"]) for r in ans)
    figures = {
        "n": len(records),
        "hit@1": ranks["recall@1"], "hit@5": ranks["recall@5"], "mrr": ranks["mrr"],
        "facts": sum(len(r["found"]) for r in ans) / facts_total if facts_total else float("nan"),
        "unans refused": sum(r["refused"] for r in unans) / len(unans) if unans else float("nan"),
        "ans refused": sum(r["refused"] for r in ans) / len(ans) if ans else float("nan"),
        # answers carrying every expected fact that still note an asked kind of fact as missing from the documents
        "false notes": sum(r["noted"] and len(r["found"]) == len(r["facts"]) for r in ans),
    }
    return figures, records


def _same_condition(evidence: str, ours: str) -> bool:
    """The expected condition's words and ours are the same clause (one holds the other)."""
    e, o = fold(evidence), fold(ours)
    return e in o or (len(o) >= 6 and o in e)


def score_eligibility(assistant, items: list[dict]) -> tuple[dict[str, float], list[dict]]:
    """Verdicts on the asker's figures: overall, per condition, and how many contradict the numbers."""
    records = []
    overall = conditions = conditions_right = contradictions = listed = 0
    for it in items:
        answer = assistant.answer(it["question"], it.get("history", []), k=5)
        checks = answer.checks or {}
        got = checks.get("verdict", "unknown") if checks else "none"
        overall += got == it["verdict"]
        contradictions += {got, it["verdict"]} == {"met", "not_met"}
        listed += any(fold(it["list_evidence"]) in fold(c.text) or fold(it["list_evidence"]) in fold(c.section)
                      for c in answer.citations[:3])
        per = []
        for cond in it["conditions"]:
            ours = next((c for c in checks.get("conditions", []) if _same_condition(cond["evidence"], c["text"])), None)
            verdict = ours["verdict"] if ours else "unknown"
            conditions += 1
            conditions_right += verdict == cond["verdict"]
            contradictions += {verdict, cond["verdict"]} == {"met", "not_met"}
            per.append({"evidence": cond["evidence"], "expected": cond["verdict"], "got": verdict,
                        "given": ours["given"] if ours else None})
        records.append({"id": it["id"], "question": it["question"], "expected": it["verdict"], "got": got,
                        "conditions": per, "answer": answer.text})
    n = len(items) or 1
    figures = {"n": len(items), "list cited": listed / n, "verdict accuracy": overall / n,
               "condition accuracy": conditions_right / (conditions or 1), "contradictions": contradictions}
    return figures, records


_LABEL = re.compile(r"[（(]([^（）()]{2,10})的规定[)）]")  # on folded text: brackets may be half-width
_NO_RULE = re.compile(r"没有[^，。；]{1,14}的规定|have no rules for")


def score_places(assistant, items: list[dict]) -> tuple[dict[str, float], list[dict]]:
    """Questions naming the asker's place: the answering passage cited, and the place said right. "own": the
    document is the place's own (no "没有…的规定"); "province": the asker's city lies in the document's
    province, and the answer labels it （广东省的规定）; "other": the document is another place's, and the answer
    says the documents have no rule for the asker's place while quoting it, unless a national rule answers
    (a place's question is answered from its own and national rules)."""
    records = []
    for it in items:
        answer = assistant.answer(it["question"], it.get("history", []), k=5)
        rank = first_correct_rank(it["evidence"], [(c.text, c.section) for c in answer.citations])
        region = Path(it["doc"]).parent.name  # cn-laws keeps local rules under their place's folder: 广东, 上海
        text = fold(answer.text)
        labels = [m.group(1) for m in _LABEL.finditer(text)]
        said_none = bool(_NO_RULE.search(text))
        top = answer.citations[0] if answer.citations else None
        national = top is not None and not assistant.index.documents[top.doc_id].region
        if it["label"] == "own":
            right = not said_none and not answer.refused
        elif it["label"] == "province":
            # labelled, unless the asker named the province itself (广东的地方法规有没有管)
            named = region in fold(it["question"])
            right = (named or any(label.startswith(region) for label in labels)) and not said_none \
                and not answer.refused
        else:  # the other place's rule quoted with "没有<the asker's place>的规定", or a national rule answers
            right = said_none or (national and not answer.refused)
        right = right and (rank > 0 or it["label"] == "other" and national)
        records.append({"id": it["id"], "question": it["question"], "label": it["label"], "rank": rank,
                        "refused": answer.refused, "right": right, "answer": text})
    n = len(records) or 1
    figures = {"n": len(records), "cited": sum(r["rank"] > 0 for r in records) / n,
               "place right": sum(r["right"] for r in records) / n}
    for label in ("own", "province", "other"):
        some = [r for r in records if r["label"] == label]
        figures[label] = sum(r["right"] for r in some) / len(some) if some else float("nan")
    return figures, records


def methods_table(assistant, items: list[dict], title: str) -> None:
    """Retrieval alone, by fusion method (no rewriting of the answer, lists not merged)."""
    table = Table(title=f"{title}: retrieval methods")
    for col in ("method", "hit@1", "hit@5", "MRR"):
        table.add_column(col, justify="left" if col == "method" else "right")
    answerable = [it for it in items if it.get("answerable", True)]
    for name, fusion in METHODS.items():
        ranks = []
        for it in answerable:
            q = assistant.rewrite(it["question"], it.get("history", []))
            hits = assistant.index.search(q, k=10, fusion=fusion)
            ranks.append(first_correct_rank(it["evidence"], [(h.chunk.text, h.chunk.section_path) for h in hits]))
        r = summarise(ranks)
        table.add_row(name, f"{r['recall@1']:.3f}", f"{r['recall@5']:.3f}", f"{r['mrr']:.3f}")
    console.print(table)


def print_table(title: str, cols: tuple[str, ...], rows: list[tuple[QuestionSet, dict]]) -> None:
    """One row per set: its split, name and n, then the figures named in `cols` (counts as integers)."""
    table = Table(title=title)
    for col in ("split", "set", "n", *cols):
        table.add_column(col, justify="left" if col in ("split", "set") else "right")
    for qs, f in rows:
        table.add_row(qs.split, qs.name, str(f["n"]),
                      *(str(f[c]) if isinstance(f[c], int) else f"{f[c]:.3f}" for c in cols))
    console.print(table)


def print_misses(name: str, records: list[dict]) -> None:
    for r in records:
        wrong_refusal = r["refused"] != (not r["answerable"])
        if not (wrong_refusal or (r["answerable"] and (r["rank"] != 1 or len(r["found"]) < len(r["facts"])))):
            continue
        flag = "REFUSED" if r["refused"] and r["answerable"] else "ANSWERED" if not r["answerable"] and not r["refused"] else ""
        console.print(f"[bold]{name} {r['id']}[/bold] {flag} rank={r['rank']} facts={r['found']}/{r['facts']} "
                      f"[{r['style']}{' ' + r['kind'] if r['kind'] else ''}]", highlight=False)
        console.print(f"  Q: {' | '.join(r['history'] + [r['question']])}", highlight=False)
        console.print(f"  A: {r['answer'][:300]!r}", highlight=False)
        console.print(f"  {r['reason'][:160]}", highlight=False)


def without_glossaries() -> None:
    """English questions get no terms from corpus/knowledge/glossary_en*.tsv in this process."""
    import index.expand

    index.expand._glossary = lambda: []
    index.expand.expand.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--sets", nargs="*", help="Only these set names.")
    parser.add_argument("--methods", action="store_true", help="Also retrieval by fusion method, per set.")
    parser.add_argument("--misses", action="store_true", help="List the dev items answered wrongly.")
    parser.add_argument("--json", type=Path, help="Write figures and per-item records here.")
    parser.add_argument("--no-glossary", action="store_true",
                        help="Ask without the hand-written English glossaries: English questions as they fare on "
                             "documents no one wrote a glossary for (dictionary and lexicon only).")
    args = parser.parse_args()
    if args.no_glossary:
        without_glossaries()
    chosen = [qs for qs in QUESTION_SETS if (args.split in ("all", qs.split)) and (not args.sets or qs.name in args.sets)]
    chosen = [qs for qs in chosen if (SETS / qs.file).is_file()]
    by_corpus = assistants(Settings(), {qs.corpus for qs in chosen})
    rows, eligibility_rows, place_rows, dump = [], [], [], {}
    for qs in chosen:
        assistant = by_corpus[qs.corpus]
        _, items = load_items(SETS / qs.file)
        if qs.kind == "places":
            figures, records = score_places(assistant, items)
            place_rows.append((qs, figures))
            dump[qs.name] = {"split": qs.split, "figures": figures, "records": records}
            continue
        if qs.kind == "eligibility":
            figures, records = score_eligibility(assistant, items)
            eligibility_rows.append((qs, figures))
            dump[qs.name] = {"split": qs.split, "figures": figures, "records": records}
            continue
        if args.methods:
            methods_table(assistant, items, qs.name)
        figures, records = score_set(assistant, items)
        rows.append((qs, figures))
        dump[qs.name] = {"split": qs.split, "figures": figures, "records": records}
        if args.misses and (qs.split == "dev" or args.sets):
            print_misses(qs.name, records)
    if rows:
        print_table("policyqa eval (ask --json contract, k=5)",
                    ("hit@1", "hit@5", "facts", "unans refused", "ans refused", "false notes"), rows)
    if eligibility_rows:
        print_table("eligibility checks (the asker's own figures against a cited list)",
                    ("list cited", "verdict accuracy", "condition accuracy", "contradictions"), eligibility_rows)
    if place_rows:
        print_table("places (the asker's city or province: the passage cited and the place said right)",
                    ("cited", "place right", "own", "province", "other"), place_rows)
    for line in pooled_lines(dump):
        console.print(line, highlight=False)
    if args.json:
        args.json.write_text(json.dumps(dump, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
