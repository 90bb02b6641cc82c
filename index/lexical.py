"""The lexical side: term counts per chunk on disk, BM25 weights made from them when an index loads.

bm25s bakes idf and the average chunk length into every stored weight, so adding one document would
mean counting every chunk again (about 20 s at 340,000 chunks). The index folder keeps the counts
instead (a sparse chunks x terms matrix and the term list); an incremental build copies the rows of
unchanged documents, and loading turns counts into bm25s's weights with a few array operations.
Scores are bm25s's own ("lucene" BM25, k1 1.5, b 0.75: bm25s.BM25's defaults), searched by bm25s.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import bm25s
import numpy as np
import scipy.sparse as sp

TERMS = "terms.npz"
VOCAB = "terms.json"
K1, B = 1.5, 0.75


@dataclass
class TermCounts:
    """How often each term occurs in each chunk: CSR rows are chunks, columns index `vocab`."""

    matrix: sp.csr_matrix
    vocab: list[str]

    @classmethod
    def from_tokens(cls, chunks_tokens: list[list[str]], vocab: list[str] | None = None) -> "TermCounts":
        """Counts of tokenised chunks; terms not in `vocab` are appended to (a copy of) it."""
        vocab = list(vocab or [])
        ids = {t: i for i, t in enumerate(vocab)}
        indptr = [0]
        indices: list[int] = []
        data: list[int] = []
        for tokens in chunks_tokens:
            for term, n in Counter(tokens).items():
                i = ids.get(term)
                if i is None:
                    i = ids[term] = len(vocab)
                    vocab.append(term)
                indices.append(i)
                data.append(n)
            indptr.append(len(indices))
        matrix = sp.csr_matrix((np.asarray(data, dtype=np.int32), np.asarray(indices, dtype=np.int32),
                                np.asarray(indptr, dtype=np.int64)), shape=(len(chunks_tokens), len(vocab)))
        return cls(matrix, vocab)

    @classmethod
    def stack(cls, parts: list["TermCounts"]) -> "TermCounts":
        """Rows of several counts in order, over one vocabulary that holds only terms some row uses."""
        vocab: list[str] = []
        ids: dict[str, int] = {}
        blocks = []
        for part in parts:
            remap = np.empty(len(part.vocab), dtype=np.int32)
            for j, term in enumerate(part.vocab):
                i = ids.get(term)
                if i is None:
                    i = ids[term] = len(vocab)
                    vocab.append(term)
                remap[j] = i
            blocks.append((part.matrix, remap))
        matrix = sp.vstack([sp.csr_matrix((m.data, remap[m.indices], m.indptr), shape=(m.shape[0], len(vocab)))
                            for m, remap in blocks], format="csr") if blocks else sp.csr_matrix((0, 0), dtype=np.int32)
        return cls(matrix, vocab).compact()

    def rows(self, ids: np.ndarray) -> "TermCounts":
        return TermCounts(self.matrix[ids], self.vocab)

    def compact(self) -> "TermCounts":
        """Drops terms no row uses (left by deleted documents)."""
        used = np.bincount(self.matrix.indices, minlength=len(self.vocab)) > 0
        if used.all():
            return self
        remap = np.cumsum(used) - 1
        m = self.matrix
        matrix = sp.csr_matrix((m.data, remap[m.indices].astype(np.int32), m.indptr),
                               shape=(m.shape[0], int(used.sum())))
        return TermCounts(matrix, [t for t, u in zip(self.vocab, used) if u])

    def save(self, folder: Path) -> None:
        m = self.matrix
        with open(folder / TERMS, "wb") as fh:
            np.savez(fh, data=m.data, indices=m.indices, indptr=m.indptr, shape=np.asarray(m.shape))
        (folder / VOCAB).write_text(json.dumps(self.vocab, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> "TermCounts":
        with np.load(folder / TERMS) as z:
            matrix = sp.csr_matrix((z["data"], z["indices"], z["indptr"]), shape=tuple(z["shape"]))
        vocab = json.loads((folder / VOCAB).read_text(encoding="utf-8"))
        if matrix.shape[1] != len(vocab):
            raise ValueError(f"{TERMS} has {matrix.shape[1]} terms, {VOCAB} {len(vocab)}")
        return cls(matrix, vocab)


def bm25_of(counts: TermCounts) -> bm25s.BM25:
    """A bm25s retriever over the counted chunks, its weights the ones `bm25s.BM25().index` would make."""
    m = counts.matrix
    n_docs, n_terms = m.shape
    retriever = bm25s.BM25(k1=K1, b=B, method="lucene", idf_method="lucene")
    lengths = np.asarray(m.sum(axis=1)).ravel().astype(np.float64)
    avg = float(lengths.mean()) if n_docs and lengths.sum() else 1.0
    df = np.bincount(m.indices, minlength=n_terms).astype(np.float64)
    idf = np.log(1 + (n_docs - df + 0.5) / (df + 0.5)).astype(np.float32)
    tf = m.data.astype(np.float32)
    row_len = np.repeat(lengths, np.diff(m.indptr)).astype(np.float32)
    tfc = tf / (np.float32(K1) * ((1 - np.float32(B)) + np.float32(B) * row_len / np.float32(avg)) + tf)
    weights = sp.csr_matrix((idf[m.indices] * tfc, m.indices, m.indptr), shape=m.shape).tocsc()
    retriever.scores = {"data": weights.data.astype(np.float32), "indices": weights.indices.astype(np.int32),
                        "indptr": weights.indptr, "num_docs": n_docs}
    retriever.vocab_dict = {t: i for i, t in enumerate(counts.vocab)}
    retriever.unique_token_ids_set = set(retriever.vocab_dict.values())
    retriever.nonoccurrence_array = None  # only BM25L and BM25+ use it
    return retriever
