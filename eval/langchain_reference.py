"""The plain LangChain pipeline the benchmark measures policyqa against (never used by the product).

RecursiveCharacterTextSplitter (250 characters, 50 overlap), BM25Retriever over jieba tokens, FAISS over
the same e5 model in fp32 through sentence-transformers, as LangChain's HuggingFace embeddings run it; an
answer is its top chunk. Needs the `bench` extra (langchain-community, langchain-text-splitters, rank-bm25).
"""

from __future__ import annotations

import time
from pathlib import Path

import jieba
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings

from corpus.catalog import load_corpus


class E5Embeddings(Embeddings):
    """The e5 model with its query/passage prompts, fp32, batches of 32."""

    def __init__(self, model_dir: Path) -> None:
        from sentence_transformers import SentenceTransformer

        self.model = SentenceTransformer(str(model_dir), device="cpu", local_files_only=True)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.model.encode(texts, prompt_name="passage", batch_size=32, normalize_embeddings=True).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.model.encode([text], prompt_name="query", normalize_embeddings=True)[0].tolist()


class Reference:
    """Build once, then `ask` returns the top chunk's text."""

    def __init__(self, folders: list[Path], model_dir: Path) -> None:
        from langchain_community.retrievers import BM25Retriever
        from langchain_community.vectorstores import FAISS
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        self.embeddings = E5Embeddings(model_dir)  # loaded before the clock starts, as policyqa's is
        started = time.perf_counter()
        docs, _ = load_corpus(folders)
        splitter = RecursiveCharacterTextSplitter(chunk_size=250, chunk_overlap=50)
        chunks = splitter.split_documents([Document(page_content=d.text, metadata={"title": d.title}) for d in docs])
        jieba.setLogLevel(60)
        self.bm25 = BM25Retriever.from_documents(chunks, preprocess_func=jieba.lcut, k=4)
        self.faiss = FAISS.from_documents(chunks, self.embeddings)
        self.seconds = time.perf_counter() - started
        self.chunks = len(chunks)
        self.chars = sum(len(d.text) for d in docs)

    def ask(self, question: str) -> str:
        """Reciprocal-rank fusion of the two retrievers' top 4; the best chunk's text."""
        scores: dict[str, float] = {}
        for ranked in (self.faiss.similarity_search(question, k=4), self.bm25.invoke(question)):
            for rank, doc in enumerate(ranked):
                scores[doc.page_content] = scores.get(doc.page_content, 0.0) + 1 / (60 + rank)
        return max(scores, key=scores.get) if scores else ""
