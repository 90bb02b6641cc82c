"""The index as a LangChain retriever: `PolicyRetriever().invoke("孵化器免征哪些税？")` gives the passages."""

from __future__ import annotations

import asyncio
import threading
from typing import Annotated

from langchain_core.callbacks import AsyncCallbackManagerForRetrieverRun, CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import Field, PrivateAttr, TypeAdapter

from index.expand import mandarin
from index.search import Fusion, Hit, Index
from index.store import read_manifest
from service.assistant import Assistant
from service.runtime import load_assistant
from service.settings import Settings

PositiveInt = Annotated[int, Field(ge=1)]
_K = TypeAdapter(PositiveInt)

# Assistants loaded from settings, shared by every retriever built from the same settings.
_LOADED: dict[str, Assistant] = {}
_LOCK = threading.Lock()


class PolicyRetriever(BaseRetriever):
    """The k passages that best match a question: the same hybrid search (dense + BM25, fused) as the answers.

    Without arguments it works from the settings (POLICYQA_* variables, .env), like `policyqa ask`: the
    model and the index load on first use, once per process for the same settings. Pass `assistant` or
    `index` to use ones already loaded. `k` and `doc_ids` can also be given per call:
    `retriever.invoke(question, k=3, doc_ids=[...])`.

    A re-index in another process is seen after a restart: the loaded index stays in memory.
    """

    k: PositiveInt | None = None
    """How many passages; None: the settings' top_k (POLICYQA_TOP_K)."""
    doc_ids: list[str] | None = None
    """Search only these documents (ids as in /api/documents); None: all."""
    settings: Settings = Field(default_factory=Settings, repr=False, exclude=True)
    assistant: Assistant | None = Field(default=None, repr=False, exclude=True)
    index: Index | None = Field(default=None, repr=False, exclude=True)

    _assistant: Assistant | None = PrivateAttr(default=None)

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun,
                                k: int | None = None, doc_ids: list[str] | None = None) -> list[Document]:
        return self._search(query, k=k, doc_ids=doc_ids)

    async def _aget_relevant_documents(self, query: str, *, run_manager: AsyncCallbackManagerForRetrieverRun,
                                       k: int | None = None, doc_ids: list[str] | None = None) -> list[Document]:
        # Loading and searching are CPU work: a worker thread keeps the event loop free.
        return await asyncio.to_thread(self._search, query, k=k, doc_ids=doc_ids)

    def _search(self, query: str, *, k: int | None, doc_ids: list[str] | None) -> list[Document]:
        assistant = self._get_assistant()
        question, _ = assistant.check(query)  # BadQuestionError for an empty or overlong question
        question = assistant.index.homophones.correct(mandarin(question))  # as the answers do
        k = _K.validate_python(k if k is not None else (self.k or assistant.top_k))
        hits = assistant.retrieve(question, k=k, doc_ids=doc_ids if doc_ids is not None else self.doc_ids)
        return [to_document(assistant.index, hit) for hit in hits]

    def _get_assistant(self) -> Assistant:
        if self._assistant is None:
            if self.assistant is not None:
                self._assistant = self.assistant
            elif self.index is not None:
                s = self.settings
                self._assistant = Assistant(self.index, fusion=Fusion(method=s.fusion, weight=s.fusion_weight),
                                            top_k=s.top_k, max_question_chars=s.max_question_chars,
                                            max_history=s.max_history)
            else:
                self._assistant = shared_assistant(self.settings)
        return self._assistant


def shared_assistant(settings: Settings) -> Assistant:
    """The assistant for these settings, loaded on first use and then shared (loading the model takes seconds).
    A failed load (no index, a broken one) raises the index's own error and is tried again next time."""
    # The state folder matters here only through the index folder.
    key = f"{settings.index_path.resolve()}|{settings.model_dump_json(exclude={'home', 'index_dir'})}"
    with _LOCK:
        if key not in _LOADED:
            read_manifest(settings.index_path)  # IndexNotBuiltError before the model loads, not after
            _LOADED[key] = load_assistant(settings)
        return _LOADED[key]


def to_document(index: Index, hit: Hit) -> Document:
    chunk = hit.chunk
    doc = index.documents.get(chunk.doc_id)
    return Document(
        id=f"{chunk.doc_id}:{chunk.chunk_id}",
        page_content=chunk.text,
        metadata={
            "title": chunk.title,
            "section": chunk.section_path,  # the heading ladder, joined by " > "
            "doc_id": chunk.doc_id,
            "chunk_id": chunk.chunk_id,
            "start": chunk.start,  # the passage's span in the document's clean text (/api/documents/{doc_id})
            "end": chunk.end,
            "source": doc.source if doc else "",  # the file name in the corpus folder
            "score": hit.score,  # fused
            "dense": hit.dense,  # cosine similarity
            "bm25": hit.bm25,
            "dense_rank": hit.dense_rank,  # 1-based; 0: not among the dense candidates
            "bm25_rank": hit.bm25_rank,
        },
    )
