"""POLICYQA_STORE=milvus: the same answers from Milvus Lite, re-indexes that never empty what is searched."""

from __future__ import annotations

import shutil

from pymilvus import MilvusClient

from service import runtime
from service.settings import Settings
from tests.conftest import LAWS

QUESTIONS = ("孵化器毕业条件", "众创空间有哪些税收优惠", "Which taxes are incubators exempt from?", "孵化器免征房产税吗")


def test_the_milvus_store_answers_as_the_embedded_one_and_survives_a_reindex(tmp_path, corpus_copy, embedder):
    local = Settings(home=tmp_path / "state", corpus_dirs=[corpus_copy], cache_dir=tmp_path / "cache")
    milvus = local.model_copy(update={"store": "milvus"})
    runtime.build(milvus, embedder=embedder)
    ours = runtime.load_assistant(local, embedder=embedder)
    served = runtime.load_assistant(milvus, embedder=embedder)
    assert served.index.store is not None and served.index.faiss is None
    for question in QUESTIONS:
        a, b = ours.retrieve(question), served.retrieve(question)
        assert [(h.chunk.chunk_id, round(h.score, 4), round(h.bm25, 3)) for h in a] == \
               [(h.chunk.chunk_id, round(h.score, 4), round(h.bm25, 3)) for h in b]
        assert ours.answer(question).text == served.answer(question).text
    doc = next(iter(served.index.documents))
    assert {h.chunk.doc_id for h in served.retrieve("孵化器", doc_ids=[doc])} == {doc}

    shutil.copy(LAWS / "经济法/契税法(2020-08-11).md", corpus_copy / "deed-tax.md")
    runtime.build(milvus, embedder=embedder)
    assert served.retrieve(QUESTIONS[0])  # the version still serving keeps its collection
    after = runtime.load_assistant(milvus, embedder=embedder)
    assert after.retrieve("契税的税率是多少")[0].chunk.doc_id == "deed-tax"
    (corpus_copy / "deed-tax.md").unlink()
    runtime.build(milvus, embedder=embedder)
    names = MilvusClient(milvus.milvus_path).list_collections()
    assert len([n for n in names if not n.endswith("_terms")]) == 2  # the new version and the one serving
