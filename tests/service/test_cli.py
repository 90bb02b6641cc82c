"""The command line as a user runs it: build, ask --json (the contract), stdin JSON lines, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONTRACT_KEYS = {"question", "answer", "refused", "citations"}
CITATION_KEYS = {"doc_id": str, "title": str, "section": str, "text": str, "start": int, "end": int, "score": float}


def policyqa(*args: str, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "service.cli", *args], cwd=ROOT, input=stdin, text=True,
                          capture_output=True, timeout=300, env={**os.environ, **(env or {})})


def test_ask_json_prints_the_contract(seed_index):
    run = policyqa("ask", "--json", "--index", str(seed_index), "--k", "3", "从国家级孵化器毕业需要满足什么条件？")
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert CONTRACT_KEYS <= set(out) and isinstance(out["refused"], bool) and out["answer"]
    assert len(out["citations"]) == 3
    for c in out["citations"]:
        assert {k: type(c[k]) for k in CITATION_KEYS} == CITATION_KEYS
    doc = json.loads((seed_index / "documents.jsonl").read_text(encoding="utf-8").splitlines()[3])
    first = next(c for c in out["citations"] if c["doc_id"] == doc["doc_id"])
    assert doc["text"][first["start"]:first["end"]] == first["text"]
    assert any("企业从国家级科技企业孵化器毕业" in c["section"] for c in out["citations"])


def test_ask_reads_json_lines_in_order_and_reports_bad_lines(seed_index):
    lines = "\n".join([
        json.dumps({"question": "孵化器免征哪些税？", "history": []}, ensure_ascii=False),
        "{not json",
        json.dumps({"question": "那省级的呢？", "history": ["从国家级孵化器毕业需要满足什么条件？"]}, ensure_ascii=False),
        json.dumps({"question": "", "history": []}),
        json.dumps({"question": "众创空间有哪些类型？", "history": "not a list"}, ensure_ascii=False),
    ])
    run = policyqa("ask", "--json", "--index", str(seed_index), stdin=lines)
    assert run.returncode == 2
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(rows) == 5
    assert rows[0]["question"] == "孵化器免征哪些税？" and rows[0]["citations"]
    assert "error" in rows[1] and rows[1]["line"] == 2
    assert rows[2]["question"] == "那省级的呢？" and "rewritten" in rows[2]
    assert "error" in rows[3] and "error" in rows[4]


def test_bad_questions_exit_2_with_a_clear_message(seed_index):
    empty = policyqa("ask", "--index", str(seed_index), "   ")
    assert empty.returncode == 2 and "问题不能为空" in empty.stderr
    long = policyqa("ask", "--index", str(seed_index), "孵" * 501)
    assert long.returncode == 2 and "500" in long.stderr


def test_missing_index_names_the_command_that_builds_it(tmp_path):
    run = policyqa("ask", "--index", str(tmp_path / "none"), "孵化器免征哪些税？")
    assert run.returncode == 1 and "policyqa build" in run.stderr


def test_build_from_given_folders_and_empty_folder_error(tmp_path, corpus_copy):
    empty = tmp_path / "empty"
    empty.mkdir()
    run = policyqa("build", "--index", str(tmp_path / "ix"), str(empty))
    assert run.returncode == 1 and str(empty) in run.stderr.replace("\n", "")
    (corpus_copy / "broken.pdf").write_bytes(b"%PDF-1.4 garbage")
    run = policyqa("build", "--index", str(tmp_path / "ix"), str(corpus_copy))
    assert run.returncode == 0, run.stderr
    assert "broken.pdf" in run.stderr and "5 篇文档" in run.stderr
    again = policyqa("build", "--index", str(tmp_path / "ix"), str(corpus_copy))
    assert again.returncode == 0 and "无需重建" in again.stderr
