"""Checks every question set: fields, evidence strings verbatim in the named document, no reserved files.

`python -m eval.validate` prints problems (exit 1 when any); tests/eval/test_sets.py runs the same checks.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from eval.corpora import LAWS_ROOT, SETS, law_files
from eval.metrics import load_items

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus" / "documents"
RESERVED_NOTE = ROOT.parent / "shared" / "notes" / "reserved-documents.md"
STYLES = {"formal", "colloquial", "keywords", "long", "english", "traditional", "typo", "own-figures", "followup",
          "mixed"}


def reserved_files() -> set[str]:
    """cn-laws paths listed in ../shared/notes/reserved-documents.md (kept for judging)."""
    if not RESERVED_NOTE.is_file():
        return set()
    text = RESERVED_NOTE.read_text(encoding="utf-8")
    return {line.strip() for line in text.splitlines() if line.strip().endswith(".md") and "/" in line}


def document_text(doc: str) -> str | None:
    for path in (SEEDS / doc, LAWS_ROOT / doc):
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return None


def check_item(item: dict, corpus_docs: set[str] | None) -> list[str]:
    problems = []
    for field in ("id", "question", "answerable", "evidence", "facts", "doc"):
        if field not in item:
            problems.append(f"missing field {field}")
    if problems:
        return problems
    if not isinstance(item["question"], str) or not item["question"].strip():
        problems.append("empty question")
    if not item["answerable"]:
        if item["evidence"] or item["facts"] or item["doc"]:
            problems.append("unanswerable item with evidence, facts or doc")
        return problems
    if not item["evidence"]:
        problems.append("answerable item without evidence")
    text = document_text(item["doc"])
    if text is None:
        return problems + [f"document not found: {item['doc']}"]
    if corpus_docs is not None and item["doc"] not in corpus_docs:
        problems.append(f"document not in the set's corpus: {item['doc']}")
    for e in item["evidence"]:
        if e not in text:
            problems.append(f"evidence not in document: {e!r}")
        elif not any(e in line for line in text.splitlines()):
            problems.append(f"evidence spans lines: {e!r}")
    for f in item["facts"]:
        if f not in text:
            problems.append(f"fact not in document: {f!r}")
    return problems


def check_eligibility_item(item: dict) -> list[str]:
    problems = []
    text = document_text(item.get("doc", ""))
    if text is None:
        return [f"document not found: {item.get('doc')}"]
    for e in [item["list_evidence"], *(c["evidence"] for c in item["conditions"])]:
        if e not in text:
            problems.append(f"evidence not in document: {e!r}")
    if item["verdict"] not in ("met", "not_met", "unknown") or item["rule"] not in ("all", "any", "single"):
        problems.append("bad verdict or rule")
    return problems


def check_set(path: Path, corpus: str) -> list[str]:
    header, items = load_items(path)
    corpus_docs = None
    if corpus == "laws":
        corpus_docs = set(law_files()) | {p.name for p in SEEDS.iterdir()}
    reserved = reserved_files()
    problems, ids = [], set()
    for item in items:
        where = f"{path.name} {item.get('id', '?')}"
        if item.get("id") in ids:
            problems.append(f"{where}: duplicate id")
        ids.add(item.get("id"))
        if item.get("doc") in reserved:
            problems.append(f"{where}: uses a reserved document")
        if item.get("style") and item["style"] not in STYLES:
            problems.append(f"{where}: unknown style {item['style']!r}")
        if "list_evidence" in item:
            problems.extend(f"{where}: {p}" for p in check_eligibility_item(item))
        else:
            problems.extend(f"{where}: {p}" for p in check_item(item, corpus_docs))
    return problems


def main() -> int:
    from eval.run import QUESTION_SETS

    reserved = reserved_files()
    problems = [f"laws-corpus.txt lists a reserved document: {f}" for f in law_files() if f in reserved]
    for qs in QUESTION_SETS:
        path = SETS / qs.file
        if path.is_file():
            found = check_set(path, qs.corpus)
            problems.extend(found)
            print(f"{qs.name}: {len(load_items(path)[1])} items, {len(found)} problems")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
