"""The Milvus store on Milvus Lite answers as the index folder's FAISS and bm25s do, also after adds and deletes."""

from __future__ import annotations

import faiss
import numpy as np
import pytest
from milvus_lite import server_manager_instance

from corpus.normalize import fold
from index.lexical import TermCounts, bm25_of
from index.milvus_store import MilvusStore, rows_of
from index.search import top_n
from index.segment import tokenize
from index.store import VECTORS, ChunkTable, read_manifest

QUESTIONS = ("孵化器毕业条件", "众创空间有哪些税收优惠", "在孵企业的标准", "甘肃省共有多少家国家级科技企业孵化器",
             "科技企业孵化器的认定条件", "众创空间 场地 面积", "孵化器管理办法什么时候施行", "大学生创业补贴")
TOLERANCE = 1e-4


@pytest.fixture
def store(tmp_path, seed_index):
    uri = str(tmp_path / "milvus.db")
    store = MilvusStore(uri, collection="seed")
    store.load_index(seed_index)
    yield store
    store.close()
    server_manager_instance.release_server(uri)


def bm25_scores(counts: TermCounts, question: str) -> np.ndarray:
    bm25 = bm25_of(counts)
    tokens = [t for t in tokenize(question) if t in bm25.vocab_dict]
    return np.asarray(bm25.get_scores(tokens), dtype=np.float32)


def assert_ranking(ids, scores, reference: np.ndarray, expected: list[int]) -> None:
    """The store's ranking is the reference's: the same scores, and the same ids except among tied scores."""
    assert len(ids) == len(expected)
    np.testing.assert_allclose(scores, reference[expected], atol=TOLERANCE)
    np.testing.assert_allclose(reference[ids], scores, atol=TOLERANCE)
    for got, want in zip(ids, expected):
        assert got == want or abs(reference[got] - reference[want]) < TOLERANCE


def lexical_reference(counts: TermCounts, question: str, n: int = 10, allowed: np.ndarray | None = None):
    scores = bm25_scores(counts, question)
    if allowed is None:
        return scores, [int(i) for i in top_n(scores, n) if scores[i] > 0]
    return scores, [int(i) for i in allowed[np.argsort(-scores[allowed], kind="stable")[:n]] if scores[i] > 0]


def test_dense_and_lexical_rankings_equal_faiss_and_bm25s(store, seed_index, embedder):
    dense = faiss.read_index(str(seed_index / VECTORS))
    counts = TermCounts.load(seed_index.resolve())
    assert store.count() == dense.ntotal == counts.matrix.shape[0]
    for question in QUESTIONS:
        query = embedder.query(fold(question))
        sims, ids = dense.search(query[None, :], 10)
        got, got_sims = store.dense_top(query, 10)
        assert_ranking(got, got_sims, dense.reconstruct_n(0, dense.ntotal) @ query, ids[0].tolist())
        np.testing.assert_allclose(store.vectors(got), dense.reconstruct_batch(got), atol=1e-6)
        np.testing.assert_allclose(store.dense_scores(query, got[::-1]), got_sims[::-1], atol=1e-6)

        reference, expected = lexical_reference(counts, question)
        assert expected, question
        got, got_scores = store.lexical_top(tokenize(question), 10)
        assert_ranking(got, got_scores, reference, expected)
        candidates = np.arange(0, len(reference), 7)
        np.testing.assert_allclose(store.lexical_scores(tokenize(question), candidates), reference[candidates],
                                   atol=TOLERANCE)
    bm25 = bm25_of(counts)
    df = np.diff(bm25.scores["indptr"])
    for word in ("孵化器", "众创空间", "毕业", "不在语料中的词"):
        i = bm25.vocab_dict.get(word)
        assert store.frequency(word) == (int(df[i]) if i is not None else 0)
    # Term ids are the folder's token ids right after a load.
    ids = [bm25.vocab_dict[t] for t in tokenize("孵化器毕业条件") if t in bm25.vocab_dict]
    np.testing.assert_allclose(store.lexical_scores(ids, np.arange(store.count())),
                               bm25_scores(counts, "孵化器毕业条件"), atol=TOLERANCE)


def test_a_document_filter_restricts_both_sides(store, seed_index, embedder):
    manifest = read_manifest(seed_index)
    counts = TermCounts.load(seed_index.resolve())
    dense = faiss.read_index(str(seed_index / VECTORS))
    document = max(manifest.documents, key=lambda d: d["chunks"][1])
    first, size = document["chunks"]
    allowed = np.arange(first, first + size)
    for question in QUESTIONS[:4]:
        query = embedder.query(fold(question))
        got, sims = store.dense_top(query, 10, doc_ids=[document["doc_id"]])
        reference = dense.reconstruct_n(0, dense.ntotal) @ query
        assert_ranking(got, sims, reference, allowed[np.argsort(-reference[allowed])[:10]].tolist())
        reference, expected = lexical_reference(counts, question, allowed=allowed)
        got, scores = store.lexical_top(tokenize(question), 10, doc_ids=[document["doc_id"]])
        assert_ranking(got, scores, reference, expected)
        assert {c.doc_id for c in store.chunks(got)} <= {document["doc_id"]}
    assert len(store.dense_top(query, 10, doc_ids=[])[0]) == 0
    assert len(store.lexical_top(tokenize(QUESTIONS[0]), 10, doc_ids=["no-such-document"])[0]) == 0


def test_delete_and_add_by_document_score_like_a_build_of_the_remaining_documents(store, seed_index):
    folder = seed_index.resolve()
    manifest = read_manifest(folder)
    counts = TermCounts.load(folder)
    chunks = ChunkTable(folder)
    gone = manifest.documents[1]
    first, size = gone["chunks"]
    kept = np.array([i for i in range(len(chunks)) if not first <= i < first + size])

    assert store.delete_documents([gone["doc_id"]]) == size
    assert store.count() == len(kept)
    remaining = counts.rows(kept).compact()  # what an incremental build keeps (index/build.py)
    df = np.bincount(remaining.matrix.indices, minlength=len(remaining.vocab))
    for word in ("孵化器", "众创空间"):
        assert store.frequency(word) == df[remaining.vocab.index(word)]
    for question in QUESTIONS:
        reference, expected = lexical_reference(remaining, question)
        got, scores = store.lexical_top(tokenize(question), 10)
        # the store keeps the chunk ids; the reference numbers the remaining chunks from 0
        assert_ranking(np.searchsorted(kept, got), scores, reference, expected)
        assert not {c.doc_id for c in store.chunks(got)} & {gone["doc_id"]}

    added = store.add_documents(folder, doc_ids=[gone["doc_id"]])
    assert len(added) == size and min(added) == len(chunks)  # new ids after every id given before
    assert [c.chunk_id for c in store.chunks(added)] == added
    assert [(c.doc_id, c.start, c.text) for c in store.chunks(added)] == \
        [(c.doc_id, c.start, c.text) for c in chunks[first:first + size]]
    # Store id -> the folder's id: the document came back at the end.
    to_folder = dict(zip(kept.tolist() + added, kept.tolist() + list(range(first, first + size))))
    for question in QUESTIONS:
        reference, expected = lexical_reference(counts, question)
        got, scores = store.lexical_top(tokenize(question), 10)
        assert_ranking([to_folder[i] for i in got], scores, reference, expected)
        got, scores = store.lexical_top(tokenize(question), 10, doc_ids=[gone["doc_id"]])
        assert {c.doc_id for c in store.chunks(got)} <= {gone["doc_id"]}
    assert store.frequency("孵化器") == int(np.diff(bm25_of(counts).scores["indptr"])[bm25_of(counts).vocab_dict["孵化器"]])

    # Adding a document that is there replaces it.
    again = store.add_documents(rows_of(folder, [gone["doc_id"]]))
    assert store.count() == len(chunks) and min(again) == max(added) + 1
    with pytest.raises(KeyError):
        store.chunks(added[:1])


def test_a_reopened_store_still_answers(tmp_path, seed_index, embedder):
    uri = str(tmp_path / "milvus.db")
    first = MilvusStore(uri, collection="seed")
    first.load_index(seed_index)
    query = embedder.query(fold(QUESTIONS[0]))
    dense, lexical = first.dense_top(query, 10), first.lexical_top(tokenize(QUESTIONS[0]), 10)
    first.close()
    server_manager_instance.release_server(uri)  # Milvus Lite's in-process server stops; the next client starts it anew

    second = MilvusStore(uri, collection="seed")
    try:
        assert second.exists() and second.count() == read_manifest(seed_index).chunk_count
        for before, after in zip(dense + lexical, second.dense_top(query, 10) + second.lexical_top(tokenize(QUESTIONS[0]), 10)):
            np.testing.assert_allclose(before, after, atol=1e-6)
        assert second.frequency("孵化器") > 0
    finally:
        second.close()
        server_manager_instance.release_server(uri)


def test_the_vocabulary_holds_every_term_with_its_frequency(store, seed_index):
    bm25 = bm25_of(TermCounts.load(seed_index.resolve()))
    df = np.diff(bm25.scores["indptr"])
    assert store.vocabulary() == {term: int(df[i]) for term, i in bm25.vocab_dict.items()}


def test_a_sync_cut_short_is_noticed_and_the_version_loaded_again(tmp_path, seed_index):
    from index.milvus_sync import sync

    uri = str(tmp_path / "milvus.db")
    store = MilvusStore(uri, collection="synced")
    try:
        assert sync(store, seed_index.resolve())["reloaded"] == 1  # an empty store: the whole version
        held = store.documents()
        assert sync(store, seed_index.resolve()) == {"added": 0, "deleted": 0, "reloaded": 0}
        victim = sorted(held)[0]
        store.delete_documents([victim])  # rows gone, record kept: as a kill between the two would leave
        assert sync(store, seed_index.resolve())["reloaded"] == 1
        assert store.count() == read_manifest(seed_index).chunk_count and store.documents() == held
        store.forget_documents([victim])  # a record gone, rows kept: the document is simply written again
        result = sync(store, seed_index.resolve())
        assert result["added"] == 1 and result["reloaded"] == 0
        assert store.count() == read_manifest(seed_index).chunk_count
    finally:
        store.close()
        server_manager_instance.release_server(uri)
