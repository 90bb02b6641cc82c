"""The index folder: build, skip when unchanged, atomic publish, killed builds, search."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from index.build import build_index
from index.errors import IndexBrokenError, IndexNotBuiltError
from index.search import Fusion, Index
from index.store import FORMAT_VERSION, MANIFEST, read_manifest

ROOT = Path(__file__).resolve().parents[2]


def test_manifest_records_what_was_built(seed_index, embedder):
    m = read_manifest(seed_index)
    assert m.format_version == FORMAT_VERSION and m.model_id == embedder.model_id and m.dim == 384
    assert m.doc_count == 5 and m.chunk_count > 100 and len(m.fingerprint) == 64
    real = seed_index.resolve()
    assert {p.name for p in real.iterdir()} >= {"manifest.json", "chunks.jsonl", "documents.jsonl", "dense.faiss", "terms.npz", "terms.json"}


def test_unchanged_corpus_is_not_rebuilt_and_a_change_is(tmp_path, corpus_copy, embedder):
    out = tmp_path / "index"
    first = build_index([corpus_copy], out, embedder)
    assert first.rebuilt
    again = build_index([corpus_copy], out, embedder)
    assert not again.rebuilt and again.manifest.fingerprint == first.manifest.fingerprint
    (corpus_copy / "new.md").write_text("# 新政策\n\n孵化器在孵企业可以享受房租补贴。\n", encoding="utf-8")
    third = build_index([corpus_copy], out, embedder)
    assert third.rebuilt and third.manifest.doc_count == 6
    # Only the current version and the link remain: old versions are cleaned up.
    assert len(list(tmp_path.glob("index.*.v"))) == 1


def test_a_state_folder_behind_a_symlink_keeps_its_published_version(tmp_path, corpus_copy, embedder):
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "linked").symlink_to(real)  # e.g. POLICYQA_HOME on /var/lib -> /data
    out = tmp_path / "linked" / "index"
    build_index([corpus_copy], out, embedder)
    (corpus_copy / "new.md").write_text("# 新政策\n\n孵化器在孵企业可以享受房租补贴。\n", encoding="utf-8")
    assert build_index([corpus_copy], out, embedder).rebuilt
    assert Index(out, embedder).manifest.doc_count == 6
    assert len(list(real.glob("index.*.v"))) == 1


def test_search_finds_the_national_graduation_list(seed_index, embedder):
    index = Index(seed_index, embedder)
    hits = index.search("从国家级孵化器毕业需要满足什么条件？", k=5)
    assert any("企业从国家级科技企业孵化器毕业" in h.chunk.section_path for h in hits[:2])
    assert all(h.dense > 0 for h in hits)


def test_traditional_and_english_questions_reach_the_same_passages(seed_index, embedder):
    index = Index(seed_index, embedder)
    for q in ("省級孵化器的畢業條件是什麼？", "What are the graduation criteria for provincial-level incubators?"):
        hits = index.search(q, k=5)
        assert any("企业从省级科技企业孵化器毕业" in h.chunk.section_path for h in hits), q


def test_fusion_methods_and_document_filter(seed_index, embedder):
    index = Index(seed_index, embedder)
    q = "孵化器免征哪些税"
    for method in ("dense", "bm25", "rrf", "weighted"):
        assert index.search(q, k=3, fusion=Fusion(method=method))
    only = [d for d in index.documents if d.startswith("002")]
    hits = index.search(q, k=3, doc_ids=only)
    assert hits and all(h.chunk.doc_id == only[0] for h in hits)
    assert index.search(q, k=3, doc_ids=["no-such-doc"]) == []


def test_missing_and_broken_index_say_what_to_do(tmp_path, embedder):
    with pytest.raises(IndexNotBuiltError, match="policyqa build"):
        Index(tmp_path / "nothing", embedder)
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / MANIFEST).write_text("{not json", encoding="utf-8")
    with pytest.raises(IndexBrokenError, match="policyqa build"):
        Index(broken, embedder)


def test_a_killed_build_leaves_the_previous_index_intact(tmp_path, corpus_copy, embedder):
    out = tmp_path / "index"
    build_index([corpus_copy], out, embedder)
    before = read_manifest(out)
    before_target = out.resolve()
    # A bigger corpus so the child is still embedding when it is killed.
    for i in range(30):  # many short paragraphs: several embedding batches, each quick
        (corpus_copy / f"extra{i}.txt").write_text("\n".join(f"第{i}号文件第{j}段：在孵企业条件。" for j in range(20)),
                                                   encoding="utf-8")
    code = (
        "import sys; from pathlib import Path; from index.build import build_index; "
        "from service.runtime import load_embedder; from service.settings import Settings; "
        "e = load_embedder(Settings()); print('loaded', flush=True); "
        f"build_index([Path({str(corpus_copy)!r})], Path({str(out)!r}), e, "
        "progress=lambda s, d, t: print('progress', d, t, flush=True))"
    )
    child = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    deadline = time.time() + 120
    for line in child.stdout:
        if line.startswith("progress") or time.time() > deadline:
            break
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert out.resolve() == before_target
    assert read_manifest(out).fingerprint == before.fingerprint
    index = Index(out, embedder)
    assert len(index.chunks) == before.chunk_count
    # The version folder is made after the vectors, so this kill left none; a build killed while writing
    # leaves one like this (named with its dead process id).
    dead = tmp_path / f".index.20260101-000000-abcdef.{2 ** 22 + 1}.partial"
    dead.mkdir()
    (dead / "dense.faiss").write_bytes(b"half")
    # The next build cleans up what the dead one left and publishes the new corpus.
    result = build_index([corpus_copy], out, embedder)
    assert result.rebuilt and result.manifest.doc_count == 35
    assert not list(tmp_path.glob(".index.*.partial"))


def test_chunks_file_is_valid_jsonl(seed_index):
    lines = (seed_index / "chunks.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert [r["chunk_id"] for r in rows] == list(range(len(rows)))


def test_above_the_threshold_the_dense_index_is_approximate_and_finds_what_exact_search_finds(
        tmp_path, corpus_copy, embedder):
    from index.search import Index

    exact = build_index([corpus_copy], tmp_path / "flat", embedder)
    approx = build_index([corpus_copy], tmp_path / "ivf", embedder, ann_min_chunks=50)
    assert exact.manifest.dense == "flat" and approx.manifest.dense.startswith("ivf")
    flat, ivf = Index(exact.path, embedder), Index(approx.path, embedder)
    found = 0
    for question in ("孵化器毕业条件", "众创空间有哪些类型", "孵化器免征哪些税", "在孵企业的标准"):
        a = {h.chunk.chunk_id for h in flat.search(question, k=10)}
        b = {h.chunk.chunk_id for h in ivf.search(question, k=10)}
        found += len(a & b)
    assert found >= 0.9 * 40
    doc = next(iter(ivf.documents))
    assert {h.chunk.doc_id for h in ivf.search("孵化器", k=5, doc_ids=[doc])} == {doc}


def test_leftovers_of_killed_builds_go_at_the_next_build_even_when_nothing_changed(tmp_path, corpus_copy, embedder):
    out = tmp_path / "index"
    build_index([corpus_copy], out, embedder)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        left = [tmp_path / f".index.20260101-00000{i}-abcdef.{dead.pid}.partial" for i in range(8)]
        left.append(tmp_path / f"index.20260101-000009-abcdef.{dead.pid}.v")  # renamed, never linked
        running = tmp_path / f".index.20260101-000010-abcdef.{alive.pid}.partial"  # another process's build
        for folder in [*left, running]:
            folder.mkdir()
            (folder / "chunks.jsonl").write_text("{}\n")
        again = build_index([corpus_copy], out, embedder)
        assert not again.rebuilt
        assert not any(p.exists() for p in left) and running.exists()
        assert Index(out, embedder).manifest.doc_count == 5
    finally:
        alive.kill()
        alive.wait()
