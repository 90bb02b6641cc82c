"""Scoring helpers: does a passage carry the evidence, recall@k, MRR."""

from __future__ import annotations

import json
from pathlib import Path


def load_items(path: Path) -> tuple[dict, list[dict]]:
    """(header, items) of a JSONL question file; a first line without "id" is the header."""
    header: dict = {}
    items: list[dict] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if "id" not in row and not items and not header:
            header = row
            continue
        items.append(row)
    return header, items


def correct(evidence: list[str], text: str, section: str) -> bool:
    return any(e in text or e in section for e in evidence)


def first_correct_rank(evidence: list[str], passages: list[tuple[str, str]]) -> int:
    """1-based rank of the first passage (text, section) carrying the evidence; 0 when none does."""
    for rank, (text, section) in enumerate(passages, 1):
        if correct(evidence, text, section):
            return rank
    return 0


def summarise(ranks: list[int]) -> dict[str, float]:
    n = len(ranks) or 1
    return {
        "recall@1": sum(1 for r in ranks if r == 1) / n,
        "recall@5": sum(1 for r in ranks if 0 < r <= 5) / n,
        "mrr": sum(1 / r for r in ranks if r > 0) / n,
    }
