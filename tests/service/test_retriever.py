"""PolicyRetriever: LangChain's standard retriever suite, then its metadata, filter, k, async path and errors,
all against the real model and the seed index."""

from __future__ import annotations

import threading

import pytest
from langchain_core.documents import Document
from langchain_tests.integration_tests import RetrieversIntegrationTests
from pydantic import ValidationError

from corpus.errors import BadQuestionError
from index.errors import IndexNotBuiltError
from service.retriever import PolicyRetriever
from service.settings import Settings

# The async tests (the standard suite's among them) run on anyio's pytest plugin, with asyncio.
pytestmark = pytest.mark.anyio

GANSU = "003_230c66471026e967"  # 甘肃省科技企业孵化器及众创空间资料汇编
JINGRONG = "001_09e2b31954e9c20a"  # 国际菁蓉镇简介
METADATA = {"title": str, "section": str, "doc_id": str, "chunk_id": int, "start": int, "end": int, "source": str,
            "score": float, "dense": float, "bm25": float, "dense_rank": int, "bm25_rank": int}


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
def seed_settings(isolated_home, seed_index, monkeypatch):
    """The settings point at the seed index, so PolicyRetriever() loads it as `policyqa ask` would."""
    monkeypatch.setenv("POLICYQA_INDEX_DIR", str(seed_index))


class TestPolicyRetrieverStandard(RetrieversIntegrationTests):
    @pytest.fixture(autouse=True)
    def _settings(self, seed_settings):
        pass

    @property
    def retriever_constructor(self) -> type[PolicyRetriever]:
        return PolicyRetriever

    @property
    def retriever_query_example(self) -> str:
        return "从国家级孵化器毕业需要满足什么条件？"


def test_no_arguments_loads_from_settings_once(seed_settings):
    first, second = PolicyRetriever(), PolicyRetriever(k=2)
    docs = first.invoke("孵化器免征哪些税？")
    assert len(docs) == Settings().top_k
    assert len(second.invoke("孵化器免征哪些税？")) == 2
    assert first._get_assistant() is second._get_assistant()  # one model and index for both


def test_metadata_has_the_passage_place_and_scores(assistant):
    docs = PolicyRetriever(assistant=assistant, k=5).invoke("从国家级孵化器毕业需要满足什么条件？")
    assert docs and all(isinstance(d, Document) for d in docs)
    for d in docs:
        assert {k: type(d.metadata[k]) for k in METADATA} == METADATA
        doc = assistant.index.documents[d.metadata["doc_id"]]
        assert doc.text[d.metadata["start"]:d.metadata["end"]] == d.page_content
        assert d.metadata["source"] == doc.source and d.metadata["title"] == doc.title
    scores = [d.metadata["score"] for d in docs]
    assert scores == sorted(scores, reverse=True)
    assert any("企业从国家级科技企业孵化器毕业" in d.metadata["section"] for d in docs)


def test_doc_ids_restrict_the_search(assistant):
    question = "众创空间需要多大的服务场地？"
    assert {d.metadata["doc_id"] for d in PolicyRetriever(assistant=assistant, k=10).invoke(question)} - {JINGRONG}
    only = PolicyRetriever(assistant=assistant, k=10, doc_ids=[JINGRONG]).invoke(question)
    assert only and {d.metadata["doc_id"] for d in only} == {JINGRONG}
    per_call = PolicyRetriever(assistant=assistant, k=10).invoke(question, doc_ids=[GANSU, JINGRONG])
    assert per_call and {d.metadata["doc_id"] for d in per_call} <= {GANSU, JINGRONG}
    assert PolicyRetriever(assistant=assistant, doc_ids=["no-such-document"]).invoke(question) == []


def test_k_from_constructor_call_and_settings(assistant):
    question = "孵化器免征哪些税？"
    assert len(PolicyRetriever(assistant=assistant, k=2).invoke(question)) == 2
    assert len(PolicyRetriever(assistant=assistant, k=2).invoke(question, k=7)) == 7
    assert len(PolicyRetriever(index=assistant.index, settings=Settings(top_k=4)).invoke(question)) == 4
    with pytest.raises(ValidationError):
        PolicyRetriever(assistant=assistant, k=0)
    with pytest.raises(ValidationError):
        PolicyRetriever(assistant=assistant).invoke(question, k=0)


def test_chinese_question_finds_the_passage_that_answers_it(assistant):
    # corpus/documents/003_230c66471026e967.txt: 申请国家级科技企业孵化器应具备以下条件 ... （2）孵化场地集中，
    # 可自主支配的孵化场地面积不低于10000平方米。
    top = PolicyRetriever(assistant=assistant).invoke("国家级孵化器的孵化场地面积要求是多少？")[0]
    assert "10000平方米" in top.page_content and "孵化场地" in top.page_content
    assert "国家级科技企业孵化器" in top.metadata["section"] and top.metadata["doc_id"] == GANSU


async def test_ainvoke_searches_on_a_worker_thread(assistant, monkeypatch):
    loop_thread = threading.get_ident()
    threads = []
    search = assistant.retrieve

    def recording(*args, **kwargs):
        threads.append(threading.get_ident())
        return search(*args, **kwargs)

    monkeypatch.setattr(assistant, "retrieve", recording)
    retriever = PolicyRetriever(assistant=assistant, k=3)
    docs = await retriever.ainvoke("从国家级孵化器毕业需要满足什么条件？", doc_ids=[GANSU])
    assert len(docs) == 3 and all(d.metadata["doc_id"] == GANSU for d in docs)
    assert threads and loop_thread not in threads
    assert docs == retriever.invoke("从国家级孵化器毕业需要满足什么条件？", doc_ids=[GANSU])


def test_errors_are_the_projects_own(assistant, isolated_home):
    with pytest.raises(IndexNotBuiltError, match="还没有索引.*policyqa build"):
        PolicyRetriever().invoke("孵化器免征哪些税？")  # POLICYQA_HOME is empty
    with pytest.raises(BadQuestionError, match="问题不能为空"):
        PolicyRetriever(assistant=assistant).invoke("   ")
