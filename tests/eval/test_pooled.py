"""Figures pooled over sets come from the per-item records an eval run dumps, as micro averages and counts."""

from __future__ import annotations

import json
import subprocess
import sys

from eval.pooled import pooled_lines
from index.expand import is_english


def _qa(question: str, answerable: bool, rank: int = 0, facts: int = 0, found: int = 0, refused: bool = False,
        noted: bool = False) -> dict:
    return {"question": question, "answerable": answerable, "rank": rank, "facts": ["f"] * facts,
            "found": ["f"] * found, "refused": refused, "noted": noted}


def _el(expected: str, got: str, conditions: list[tuple[str, str]]) -> dict:
    return {"expected": expected, "got": got, "conditions": [{"expected": e, "got": g} for e, g in conditions]}


DUMP = {
    "a": {"records": [_qa("孵化器免哪些税？", True, rank=1, facts=2, found=2),
                      _qa("Which taxes is an incubator exempt from?", True, rank=3, facts=2, found=1, noted=True)]},
    "b": {"records": [_qa("众创空间有补贴吗？", True, refused=True, facts=1), _qa("剧本杀要备案吗？", False, refused=True),
                      _qa("Do I need a licence for a bar?", False)]},
    "e": {"records": [_el("met", "met", [("met", "met")]), _el("met", "not_met", [("met", "unknown")]),
                      _el("unknown", "none", [])]},
}


def test_pooled_figures_are_micro_averages_over_every_chosen_set():
    qa, en, el = pooled_lines(DUMP)
    # three answerable: one at rank 1, two within five (a refusal has rank 0); facts 3 of 5; one false note is not
    # counted (its answer lacks a fact)
    assert qa == ("pooled questions: answerable 3, unanswerable 2, hit@1 0.3333, hit@5 0.6667, facts 0.6000, "
                  "unans refused 1, ans refused 1, false notes 0")
    assert en.startswith("pooled English questions: answerable 1, unanswerable 1, hit@1 0.0000, hit@5 1.0000")
    # a met/not_met pair is a contradiction, overall or per condition; "none" is a question with no check
    assert el == "pooled eligibility: questions 3, verdicts 0.3333, conditions 0.5000, contradictions 1, no check 1"
    assert pooled_lines(DUMP, ["e"]) == [el]
    assert is_english("Which taxes?") and not is_english("孵化器 VAT 免吗")


def test_the_command_reads_a_dump_and_leaves_sets_out(tmp_path):
    path = tmp_path / "run.json"
    path.write_text(json.dumps(DUMP, ensure_ascii=False), encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "eval.pooled", str(path), "--except", "b", "e"], capture_output=True,
                         text=True, check=True).stdout
    assert out.splitlines()[0].startswith("pooled questions: answerable 2, unanswerable 0, hit@1 0.5000")
    assert "eligibility" not in out
