"""Incremental builds: an added, changed or deleted document costs that document, and the index is the
one a cold build of the same files makes."""

from __future__ import annotations

import random
import shutil

import bm25s
import numpy as np

from index.build import build_index
from index.lexical import TermCounts, bm25_of
from index.search import Index
from index.store import read_manifest
from tests.conftest import LAWS
from tests.index.test_cache import CountingEmbedder

QUESTIONS = ("孵化器毕业条件", "众创空间有哪些税收优惠", "契税的税率是多少", "在孵企业的标准")
DEED_TAX = LAWS / "经济法/契税法(2020-08-11).md"


def ranked(index: Index, question: str) -> list[tuple[str, str, float]]:
    return [(h.chunk.doc_id, h.chunk.text, round(h.score, 5)) for h in index.search(question, k=5)]


def test_an_added_document_embeds_only_its_chunks_and_answers_like_a_cold_build(tmp_path, corpus_copy, embedder):
    counting = CountingEmbedder(embedder)
    out = tmp_path / "index"
    first = build_index([corpus_copy], out, counting)
    shutil.copy(DEED_TAX, corpus_copy / "deed-tax.md")
    counting.embedded = 0
    added = build_index([corpus_copy], out, counting)
    assert added.reused == first.manifest.chunk_count
    assert counting.embedded == added.embedded == added.manifest.chunk_count - first.manifest.chunk_count > 0
    cold = build_index([corpus_copy], tmp_path / "cold", embedder, force=True)
    assert cold.reused == 0
    incremental, fresh = Index(out, embedder), Index(cold.path, embedder)
    for question in QUESTIONS:
        assert ranked(incremental, question) == ranked(fresh, question)
    # Chunk ids are positions, and each document's chunks stay together in reading order.
    rows = [c.chunk_id for c in incremental.chunks]
    assert rows == list(range(len(rows)))
    for doc_id in incremental.documents:
        spans = [c.start for c in incremental.doc_chunks(doc_id)]
        assert spans == sorted(spans)
    assert "deed-tax" in {h.chunk.doc_id for h in incremental.search("契税的税率", k=3)}


def test_a_deleted_document_is_gone_and_nothing_is_embedded(tmp_path, corpus_copy, embedder):
    counting = CountingEmbedder(embedder)
    out = tmp_path / "index"
    shutil.copy(DEED_TAX, corpus_copy / "deed-tax.md")
    build_index([corpus_copy], out, counting)
    (corpus_copy / "deed-tax.md").unlink()
    counting.embedded = 0
    after = build_index([corpus_copy], out, counting)
    assert counting.embedded == 0 and after.embedded == 0
    index = Index(out, embedder)
    assert "deed-tax" not in index.documents
    assert all(c.doc_id != "deed-tax" for c in index.chunks)
    assert index.frequency("契税") == 0  # its words left the vocabulary with it
    cold = Index(build_index([corpus_copy], tmp_path / "cold", embedder, force=True).path, embedder)
    for question in QUESTIONS:
        assert ranked(index, question) == ranked(cold, question)


def test_a_changed_file_and_a_new_version_remake_the_documents_they_touch(tmp_path, corpus_copy, embedder):
    counting = CountingEmbedder(embedder)
    out = tmp_path / "index"
    shutil.copy(DEED_TAX, corpus_copy / "契税法(2020-08-11).md")
    first = build_index([corpus_copy], out, counting)
    before = {d["doc_id"]: d["chunks"][1] for d in first.manifest.documents}
    # A second file with the same title is a version: the first one's title (and so its chunks' text) changes.
    text = DEED_TAX.read_text(encoding="utf-8").replace("百分之三至百分之五", "百分之四")
    (corpus_copy / "契税法(2026-01-01).md").write_text(text, encoding="utf-8")
    counting.embedded = 0
    second = build_index([corpus_copy], out, counting)
    titles = {d["doc_id"]: d["title"] for d in second.manifest.documents}
    assert titles["契税法_2020-08-11"].endswith("（2020-08-11）")
    assert second.reused == first.manifest.chunk_count - before["契税法_2020-08-11"]
    # An edited file is read again.
    seed = next(p for p in sorted(corpus_copy.iterdir()) if p.suffix in (".txt", ".md") and "契税" not in p.name)
    seed.write_text(seed.read_text(encoding="utf-8") + "\n\n附：本办法自发布之日起施行。\n", encoding="utf-8")
    third = build_index([corpus_copy], out, counting)
    assert 0 < third.embedded < third.manifest.chunk_count
    index = Index(out, embedder)
    assert any("本办法自发布之日起施行" in c.text for c in index.chunks)


def test_an_approximate_index_keeps_its_clusters_when_a_document_is_added(tmp_path, corpus_copy, embedder):
    out = tmp_path / "index"
    first = build_index([corpus_copy], out, embedder, ann_min_chunks=50)
    shutil.copy(DEED_TAX, corpus_copy / "deed-tax.md")
    added = build_index([corpus_copy], out, embedder, ann_min_chunks=50)
    assert first.manifest.dense == added.manifest.dense and added.manifest.dense.startswith("ivf")
    index = Index(out, embedder)
    vectors = index.faiss.reconstruct_n(0, index.faiss.ntotal)
    _, ids = index.faiss.search(vectors[-20:], 1)  # the new vectors are found where they were put
    assert ids[:, 0].tolist() == list(range(index.faiss.ntotal - 20, index.faiss.ntotal))
    assert "deed-tax" in {h.chunk.doc_id for h in index.search("契税的税率", k=3)}
    # A deletion renumbers the chunks after it; vectors keep their clusters and stay with their chunks.
    first_seed = sorted(p for p in corpus_copy.iterdir() if p.suffix == ".txt")[0]
    first_seed.unlink()
    deleted = build_index([corpus_copy], out, embedder, ann_min_chunks=50)
    assert deleted.embedded == 0 and deleted.manifest.dense == added.manifest.dense
    index = Index(out, embedder)
    cold = Index(build_index([corpus_copy], tmp_path / "cold", embedder, force=True).path, embedder)
    exact = cold.faiss.reconstruct_n(0, cold.faiss.ntotal)
    by_text = {(c.doc_id, c.start): exact[c.chunk_id] for c in cold.chunks}
    ours = index.faiss.reconstruct_n(0, index.faiss.ntotal)
    assert all(np.allclose(ours[c.chunk_id], by_text[(c.doc_id, c.start)], atol=1e-6) for c in index.chunks)


def test_a_build_with_other_settings_starts_from_nothing(tmp_path, corpus_copy, embedder):
    out = tmp_path / "index"
    build_index([corpus_copy], out, embedder)
    again = build_index([corpus_copy], out, embedder, ann_min_chunks=50)
    assert again.rebuilt and again.reused == 0 and read_manifest(out).dense.startswith("ivf")


def test_bm25_from_term_counts_scores_as_bm25s_does():
    rng = random.Random(7)
    words = [f"w{i}" for i in range(300)]
    chunks = [[rng.choice(words[:rng.randint(3, 300)]) for _ in range(rng.randint(1, 50))] for _ in range(800)]
    reference = bm25s.BM25()
    reference.index(chunks, show_progress=False)
    split = TermCounts.stack([TermCounts.from_tokens(chunks[:300]), TermCounts.from_tokens(chunks[300:])])
    for counts in (TermCounts.from_tokens(chunks), split):
        ours = bm25_of(counts)
        for query in (["w1", "w7"], ["w250"], ["w3", "w3", "w9"]):
            assert np.allclose(ours.get_scores(query), reference.get_scores(query), atol=1e-5)
    # Dropping rows drops the words only they used.
    only = TermCounts.from_tokens([["a", "b"], ["b", "c"]])
    assert TermCounts.stack([only.rows(np.array([1]))]).vocab == ["b", "c"]


def test_a_new_file_whose_name_makes_an_existing_id_does_not_take_it(tmp_path, corpus_copy, embedder):
    from service.uploads import corpus_files

    out = tmp_path / "index"
    first = build_index([corpus_copy], out, embedder)
    titles = {d["doc_id"]: d["title"] for d in first.manifest.documents}
    # sorts before "000_456d9856f935013a.txt" and makes the same id from its name
    shutil.copy(DEED_TAX, corpus_copy / "000 456d9856f935013a.txt")
    assert corpus_files([corpus_copy], out)["000_456d9856f935013a-2"].name == "000 456d9856f935013a.txt"
    for force in (False, True):  # a forced rebuild remembers the ids too
        after = build_index([corpus_copy], out, embedder, force=force)
        ids = {d["doc_id"]: d["title"] for d in after.manifest.documents}
        assert {k: ids[k] for k in titles} == titles
        assert "契税" in ids["000_456d9856f935013a-2"]
    files = corpus_files([corpus_copy], out)
    assert files["000_456d9856f935013a"].name == "000_456d9856f935013a.txt"
    # once the old file is gone, its id is free again; the newer file keeps the one it was given
    (corpus_copy / "000_456d9856f935013a.txt").unlink()
    last = build_index([corpus_copy], out, embedder)
    assert "000_456d9856f935013a-2" in {d["doc_id"] for d in last.manifest.documents}


def test_a_new_dictionary_or_stopword_list_recuts_every_chunk(tmp_path, corpus_copy, embedder, monkeypatch):
    import index.build

    out = tmp_path / "index"
    build_index([corpus_copy], out, embedder)
    # the code now ships another userdict.txt or stopwords.txt: kept chunks' terms would be cut the old way
    monkeypatch.setattr(index.build, "_tokens_namespace", lambda: "jieba|another-dictionary")
    again = build_index([corpus_copy], out, embedder)
    assert again.rebuilt and again.reused == 0
