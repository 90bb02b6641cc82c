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

    store = served.index.store
    before = store.documents()
    assert set(before) == set(served.index.documents)

    def same_as_embedded(assistant) -> None:
        ours = runtime.load_assistant(local, embedder=embedder)
        for question in (*QUESTIONS, "契税的税率是多少"):
            a, b = ours.retrieve(question), assistant.retrieve(question)
            assert [(h.chunk.chunk_id, round(h.score, 4), round(h.bm25, 3)) for h in a] == \
                   [(h.chunk.chunk_id, round(h.score, 4), round(h.bm25, 3)) for h in b]

    # An added document: only its rows are written; the others keep their Milvus ids.
    shutil.copy(LAWS / "经济法/契税法(2020-08-11).md", corpus_copy / "deed-tax.md")
    runtime.build(milvus, embedder=embedder)
    assert served.retrieve(QUESTIONS[0])  # the version serving is untouched until the next opens the store
    after = runtime.load_assistant(milvus, embedder=embedder)
    held = after.index.store.documents()
    assert {d: held[d] for d in before} == before and held["deed-tax"][1] >= sum(c for _, _, c in before.values())
    assert after.retrieve("契税的税率是多少")[0].chunk.doc_id == "deed-tax"
    assert served.retrieve(QUESTIONS[0])  # the older version still answers, ignoring rows it does not hold
    same_as_embedded(after)

    # A changed document is written again; a deleted one goes; the rest stay where they are.
    changed = sorted(corpus_copy.glob("00*.txt"))[0]
    changed_id = changed.stem
    changed.write_text(changed.read_text(encoding="utf-8") + "\n补充说明：本文件新增一段用于测试的内容。\n", encoding="utf-8")
    (corpus_copy / "deed-tax.md").unlink()
    runtime.build(milvus, embedder=embedder)
    last = runtime.load_assistant(milvus, embedder=embedder)
    now = last.index.store.documents()
    assert "deed-tax" not in now and now[changed_id][1] != before[changed_id][1]
    assert {d: v for d, v in now.items() if d != changed_id} == {d: v for d, v in before.items() if d != changed_id}
    assert last.index.store.count() == last.index.manifest.chunk_count
    same_as_embedded(last)
    names = MilvusClient(milvus.milvus_path).list_collections()
    assert len(names) == 3  # one store per index folder: chunks, terms, documents


def test_uploads_and_deletes_reindex_into_milvus_while_questions_keep_working(tmp_path, embedder):
    import threading
    import time

    import httpx

    from service.app import create_app
    from tests.service.live import copy_seeds, live_server
    from tests.service.test_staff import FEB, NEW_DOC, STAFF, TOKEN, ask_until, upload

    settings = Settings(home=tmp_path / "home", corpus_dirs=[copy_seeds(tmp_path / "corpus")],
                        cache_dir=tmp_path / "cache", admin_token=TOKEN, store="milvus")
    runtime.build(settings, embedder=embedder)
    app = create_app(settings, assistant=runtime.load_assistant(settings, embedder=embedder))
    with live_server(app) as url, httpx.Client(base_url=url, timeout=120) as client:
        stop, results, counts = threading.Event(), [], []
        workers = [threading.Thread(target=ask_until, args=(client, stop, results, counts)) for _ in range(3)]
        for w in workers:
            w.start()
        try:
            new_id = upload(client, "测试园区扶持办法.md", NEW_DOC).json()["doc_id"]
            assert app.state.reindexer.wait(timeout=600)
            time.sleep(0.5)  # questions on the new version too
        finally:
            stop.set()
            for w in workers:
                w.join()
        assert results and all(code == 200 for code in results), results
        data = client.post("/staff/api/ask", json={"question": FEB}, headers=STAFF).json()
        assert data["passages"][0]["doc_id"] == new_id and "五万元" in data["passages"][0]["text"]
        assert app.state.assistant.index.store is not None
        assert client.delete(f"/staff/api/documents/{new_id}", headers=STAFF).status_code == 202
        assert app.state.reindexer.wait(timeout=600)
        assert client.get("/readyz").json()["documents"] == 5
        assert all(h["doc_id"] != new_id for h in
                   client.post("/staff/api/ask", json={"question": FEB}, headers=STAFF).json()["passages"])
