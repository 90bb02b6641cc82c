"""The index in Milvus: chunks, dense vectors and BM25 in one collection, document frequencies in a second.

`uri` is a Milvus server (`http://host:19530`) or a local path ending in `.db`, which pymilvus opens
with Milvus Lite inside this process (one process per path: Lite locks its folder).

The chunks collection (`collection`) has one row per chunk:
  chunk_id  INT64 primary key (the Chunk's id; ids of a document are consecutive)
  doc_id    VARCHAR, for document filters
  chunk     VARCHAR, the Chunk as JSON
  dense     FLOAT_VECTOR, the normalised e5 vector; exact (FLAT) inner product, as dense.faiss
  lexical   SPARSE_FLOAT_VECTOR, term id -> BM25 term-frequency part (see below); inner product
  counts    JSON, term id -> occurrences in the chunk (to weigh the chunk again)

The documents collection (`collection` + "_docs") has one row per document: doc_id (primary key), sig (what
the document's chunks were made from: index/milvus_sync.py compares it with a new index version's, and adds or
deletes only the documents that differ), first (its first chunk id here) and count (its chunks).

The terms collection (`collection` + "_terms") has one row per term: term_id (the dimension of the
term in `lexical`), term, df (how many chunks hold it). Rows with negative ids hold counters of the
whole collection (TOTAL_TOKENS ... WEIGHED_CHUNKS). Milvus needs a vector field in every collection,
so this one has a two-dimensional `unused` one.

BM25 is bm25s's "lucene" variant (index/lexical.py): score(chunk) = sum over query terms t of
multiplicity(t) * idf(t) * tf(t, chunk) / (k1 * (1 - b + b * length / avgdl) + tf(t, chunk)).
`bm25_of` stores idf * tf-part per chunk and searches with term multiplicities. Stored that way, every
added or deleted document changes the idf of every term (through the chunk count), so every row would
have to be written again. Here the row stores only the tf-part and the query carries multiplicity *
idf, computed at search time from the df in the terms collection and the chunk count: the inner
product is the same sum, so scores equal bm25s's (within float32 rounding), and idf is exact after
any add or delete. What an add or delete still changes is avgdl, the average chunk length inside
every tf-part. With `reweigh_drift=0` (the default) every add or delete that moves avgdl weighs all
rows again, so scores stay identical to a cold build; with a drift of, say, 0.05 rows keep the avgdl
they were weighed with until the true one is 5% away, and only then are all rows weighed again. The
counters in the terms collection keep the true token total and the totals the rows were weighed with.
Measured on Milvus Lite: adding three laws (229 chunks) to the seed index (251 chunks) moved avgdl
from 69.9 to 65.4 tokens (6%); left unweighed, 15 of 20 questions kept an identical BM25 top-10
(overlap 0.99) and scores were off by up to 4%; weighing all rows again costs about 0.1 s per 250
chunks (read counts, upsert the sparse vectors), so the exact default stays cheap until a corpus of
tens of thousands of chunks, where a drift of a few percent is the better trade.

One writer at a time: load_index, add_documents and delete_documents read counters and write them
back without a lock.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import faiss
import numpy as np
import scipy.sparse as sp
from pymilvus import DataType, MilvusClient

from corpus.models import Chunk
from index.lexical import B, K1, TermCounts
from index.store import VECTORS, ChunkTable, read_manifest

DENSE = "dense"
LEXICAL = "lexical"
TERMS_SUFFIX = "_terms"
DOCS_SUFFIX = "_docs"
BATCH = 500  # rows per insert or upsert
IN_LIST = 1000  # values per `in [...]` filter
MAX_TEXT = 65535  # Milvus's largest VARCHAR
MAX_TERM = 1024

# Counters in the terms collection, under negative term ids, in their `df` field.
TOTAL_TOKENS = -1  # tokens in all chunks
NEXT_CHUNK_ID = -2  # the id the next added chunk gets
WEIGHED_TOKENS = -3  # the token total and chunk count the stored tf-parts were computed with:
WEIGHED_CHUNKS = -4  # their avgdl is WEIGHED_TOKENS / WEIGHED_CHUNKS

Query = Sequence[str] | Sequence[int] | Mapping[int, float]


@dataclass(frozen=True)
class ChunkRow:
    """One chunk to add: the chunk, its dense vector, and how often each BM25 token occurs in it."""

    chunk: Chunk
    vector: np.ndarray
    counts: dict[str, int]


def rows_of(folder: Path, doc_ids: Iterable[str] | None = None) -> list[ChunkRow]:
    """The chunks of an index folder (those of `doc_ids` only, if given), in the folder's order."""
    folder = Path(folder).resolve()
    manifest = read_manifest(folder)
    wanted = None if doc_ids is None else set(doc_ids)
    ids = [i for d in manifest.documents if wanted is None or d["doc_id"] in wanted
           for i in range(d["chunks"][0], sum(d["chunks"]))]
    if not ids:
        return []
    chunks = ChunkTable(folder)
    vectors = faiss.read_index(str(folder / VECTORS)).reconstruct_batch(np.asarray(ids, dtype=np.int64))
    counts = TermCounts.load(folder)
    m = counts.matrix[ids]
    return [ChunkRow(chunks[i], vectors[r],
                     {counts.vocab[t]: int(n) for t, n in zip(m.indices[m.indptr[r]:m.indptr[r + 1]],
                                                           m.data[m.indptr[r]:m.indptr[r + 1]])})
            for r, i in enumerate(ids)]


def tf_parts(counts: sp.csr_matrix, avgdl: float) -> np.ndarray:
    """BM25's term-frequency part of each stored count, in CSR order, computed as `bm25_of` does."""
    lengths = np.asarray(counts.sum(axis=1)).ravel().astype(np.float64)
    tf = counts.data.astype(np.float32)
    row_len = np.repeat(lengths, np.diff(counts.indptr)).astype(np.float32)
    return tf / (np.float32(K1) * ((1 - np.float32(B)) + np.float32(B) * row_len / np.float32(avgdl)) + tf)


def idf(df: int, chunks: int) -> np.float32:
    """bm25s's "lucene" idf, in float32 as `bm25_of` stores it."""
    return np.float32(np.log(1 + (chunks - df + 0.5) / (df + 0.5)))


def average_length(tokens: int, chunks: int) -> float:
    """avgdl as `bm25_of` computes it (1.0 for an empty collection)."""
    return tokens / chunks if chunks and tokens else 1.0


def _literal(values: Iterable) -> str:
    """A Milvus filter list literal: numbers as they are, strings quoted and escaped."""
    return json.dumps(list(values), ensure_ascii=False)


class MilvusStore:
    """An index held in Milvus; the query side mirrors what `index.search.Index.search` reads."""

    def __init__(self, uri: str, token: str = "", collection: str = "policyqa", *,
                 reweigh_drift: float = 0.0) -> None:
        self.client = MilvusClient(uri=uri, token=token)
        self.embedded = uri.endswith(".db")  # Milvus Lite
        self.collection = collection
        self.terms = collection + TERMS_SUFFIX
        self.docs = collection + DOCS_SUFFIX
        self.reweigh_drift = reweigh_drift
        if self.exists():
            self.client.load_collection(self.collection)
            self.client.load_collection(self.terms)
        if self.client.has_collection(self.docs):
            self.client.load_collection(self.docs)

    def close(self) -> None:
        self.client.close()

    def exists(self) -> bool:
        return self.client.has_collection(self.collection) and self.client.has_collection(self.terms)

    def drop(self) -> None:
        for name in (self.collection, self.terms, self.docs):
            if self.client.has_collection(name):
                self.client.drop_collection(name)

    # Building and changing

    def load_index(self, folder: Path) -> int:
        """Replaces the collections with the chunks of a built index folder; returns the chunk count.

        Term ids are the folder's vocabulary positions, so right after a load they are the token ids
        of `bm25_of(TermCounts.load(folder))`.
        """
        folder = Path(folder).resolve()
        manifest = read_manifest(folder)
        chunks = ChunkTable(folder)
        dense = faiss.read_index(str(folder / VECTORS))
        counts = TermCounts.load(folder)
        self.drop()
        self._create(manifest.dim)
        n = len(chunks)
        tokens = int(counts.matrix.sum())
        df = np.bincount(counts.matrix.indices, minlength=len(counts.vocab))
        self._upsert_terms({i: (term, int(df[i])) for i, term in enumerate(counts.vocab)})
        self._write_counters({TOTAL_TOKENS: tokens, NEXT_CHUNK_ID: n, WEIGHED_TOKENS: tokens, WEIGHED_CHUNKS: n})
        avgdl = average_length(tokens, n)
        for start in range(0, n, BATCH):
            ids = np.arange(start, min(start + BATCH, n), dtype=np.int64)
            vectors = dense.reconstruct_batch(ids) if len(ids) else np.zeros((0, manifest.dim), np.float32)
            self._insert_chunks([chunks[int(i)] for i in ids], vectors, counts.matrix[ids], avgdl)
        self._settle()
        return n

    def add_documents(self, source: Path | Sequence[ChunkRow], doc_ids: Iterable[str] | None = None) -> list[int]:
        """Adds documents: the chunks of an index folder (of `doc_ids` only, if given) or ChunkRows.

        A document already in the store is replaced. New chunks get ids after every id given before,
        in the order given; a chunk's `chunk_id` is rewritten to its id here. Returns the new ids.
        """
        rows = rows_of(Path(source), doc_ids) if isinstance(source, (str, Path)) else list(source)
        if not rows:
            return []
        self.delete_documents(sorted({r.chunk.doc_id for r in rows}), reweigh=False)
        counters = self._read_counters()
        first = counters[NEXT_CHUNK_ID]
        known = self._find_terms({t for r in rows for t in r.counts}, "term")
        next_term = self._term_count()  # term ids are 0 .. count - 1: terms are never removed
        term_ids: dict[str, int] = {}
        df: dict[int, tuple[str, int]] = {}
        for r in rows:
            for term in r.counts:
                if term not in term_ids:
                    row = known.get(term)
                    if row is None:
                        row = {"term_id": next_term, "df": 0}
                        next_term += 1
                    term_ids[term] = row["term_id"]
                    df[row["term_id"]] = (term, row["df"])
                i = term_ids[term]
                df[i] = (term, df[i][1] + 1)
        indptr, indices, data = [0], [], []
        for r in rows:
            indices.extend(term_ids[t] for t in r.counts)
            data.extend(r.counts.values())
            indptr.append(len(indices))
        width = max(indices, default=-1) + 1
        counts = sp.csr_matrix((np.asarray(data, dtype=np.int32), np.asarray(indices, dtype=np.int64),
                                np.asarray(indptr, dtype=np.int64)), shape=(len(rows), width))
        ids = list(range(first, first + len(rows)))
        chunks = [replace(r.chunk, chunk_id=i) for r, i in zip(rows, ids)]
        vectors = np.asarray([r.vector for r in rows], dtype=np.float32)
        self._upsert_terms(df)
        self._write_counters({TOTAL_TOKENS: counters[TOTAL_TOKENS] + int(counts.sum()),
                              NEXT_CHUNK_ID: first + len(rows)})
        avgdl = average_length(counters[WEIGHED_TOKENS], counters[WEIGHED_CHUNKS])
        for start in range(0, len(rows), BATCH):
            part = slice(start, start + BATCH)
            self._insert_chunks(chunks[part], vectors[part], counts[part], avgdl)
        self._reweigh_if_drifted()
        self._settle()
        return ids

    def delete_documents(self, doc_ids: Iterable[str], *, reweigh: bool = True) -> int:
        """Removes the documents' chunks; returns how many there were. Their terms keep their ids, with
        lower (possibly zero) df."""
        doc_ids = list(doc_ids)
        if not doc_ids or not self.exists():
            return 0
        where = f"doc_id in {_literal(doc_ids)}"
        rows = list(self._iterate(where, ["chunk_id", "counts"]))
        if not rows:
            return 0
        held = Counter(int(t) for r in rows for t in r["counts"])
        tokens = sum(n for r in rows for n in r["counts"].values())
        self.client.delete(self.collection, filter=where)
        terms = self._find_terms(held, "term_id")
        self._upsert_terms({i: (row["term"], row["df"] - held[i]) for i, row in terms.items()})
        counters = self._read_counters()
        self._write_counters({TOTAL_TOKENS: counters[TOTAL_TOKENS] - tokens})
        if reweigh:
            self._reweigh_if_drifted()
            self._settle()
        return len(rows)

    def documents(self) -> dict[str, tuple[str, int, int]]:
        """The documents recorded here: doc_id -> (sig, first chunk id, chunk count); {} when none are."""
        if not self.client.has_collection(self.docs):
            return {}
        return {row["doc_id"]: (row["sig"], int(row["first"]), int(row["count"]))
                for row in self._iterate("count >= 0", ["doc_id", "sig", "first", "count"], self.docs, BATCH * 10)}

    def record_documents(self, docs: Mapping[str, tuple[str, int, int]]) -> None:
        """Records documents as held: doc_id -> (sig, first chunk id, chunk count)."""
        if not self.client.has_collection(self.docs):
            self._create_docs()
        rows = [{"doc_id": d, "sig": sig, "first": int(first), "count": int(count), "unused": [0.0, 0.0]}
                for d, (sig, first, count) in docs.items()]
        for start in range(0, len(rows), BATCH * 4):
            self.client.upsert(self.docs, rows[start:start + BATCH * 4])

    def forget_documents(self, doc_ids: Iterable[str]) -> None:
        """Removes the documents' records (their chunks are removed by delete_documents)."""
        doc_ids = list(doc_ids)
        if doc_ids and self.client.has_collection(self.docs):
            for part in self._parts(doc_ids):
                self.client.delete(self.docs, filter=f"doc_id in {_literal(part)}")

    def reweigh_if_drifted(self) -> None:
        """After deletes made with `reweigh=False`: weighs the rows again if avgdl moved (see the module)."""
        self._reweigh_if_drifted()
        self._settle()

    def reweigh(self) -> None:
        """Weighs every chunk again with the present avgdl."""
        counters = self._read_counters()
        chunks = self.count()
        avgdl = average_length(counters[TOTAL_TOKENS], chunks)
        batch: list[dict] = []
        for row in self._iterate("chunk_id >= 0", ["chunk_id", "counts"]):
            batch.append(row)
            if len(batch) == BATCH:
                self._write_weights(batch, avgdl)
                batch = []
        self._write_weights(batch, avgdl)
        self._write_counters({WEIGHED_TOKENS: counters[TOTAL_TOKENS], WEIGHED_CHUNKS: chunks})

    def _reweigh_if_drifted(self) -> None:
        counters = self._read_counters()
        now = average_length(counters[TOTAL_TOKENS], self.count())
        weighed = average_length(counters[WEIGHED_TOKENS], counters[WEIGHED_CHUNKS])
        if now != weighed and (self.reweigh_drift == 0 or abs(now / weighed - 1) > self.reweigh_drift):
            self.reweigh()

    def _settle(self) -> None:
        """After a write: Milvus Lite keeps new rows in memory and re-indexes them at every search
        (a lexical search over the seed index: 26 ms before, 3 ms after); a flush makes them a segment
        with cached indexes. A server indexes growing segments itself and rate-limits flushes."""
        if self.embedded:
            self.client.flush(self.collection)
            self.client.flush(self.terms)
            if self.client.has_collection(self.docs):
                self.client.flush(self.docs)

    # Questions

    def count(self) -> int:
        """Chunks in the store."""
        return int(self.client.query(self.collection, filter="", output_fields=["count(*)"])[0]["count(*)"])

    def dense_top(self, query_vector: np.ndarray, n: int, doc_ids: Iterable[str] | None = None
                  ) -> tuple[np.ndarray, np.ndarray]:
        """The ids and inner products of the n chunks nearest the (normalised) query vector, best first."""
        where = self._doc_filter(doc_ids)
        if where is None or n <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        hits = self.client.search(self.collection, data=[np.asarray(query_vector, dtype=np.float32).tolist()],
                                  anns_field=DENSE, limit=n, filter=where, output_fields=["chunk_id"],
                                  search_params={"metric_type": "IP"})[0]
        return self._ranked(hits)

    def dense_scores(self, query_vector: np.ndarray, ids: Sequence[int]) -> np.ndarray:
        """The inner products of the query vector with the chunks `ids`, in that order, computed by Milvus
        (instead of `vectors(ids) @ query_vector`)."""
        found: dict[int, float] = {}
        for part in self._parts(ids):
            hits = self.client.search(self.collection, data=[np.asarray(query_vector, dtype=np.float32).tolist()],
                                      anns_field=DENSE, limit=len(part), filter=f"chunk_id in {_literal(part)}",
                                      output_fields=["chunk_id"], search_params={"metric_type": "IP"})[0]
            found.update((int(h["chunk_id"]), float(h["distance"])) for h in hits)
        return np.asarray([found[int(i)] for i in ids], dtype=np.float32)

    def vectors(self, ids: Sequence[int]) -> np.ndarray:
        """The dense vectors of the chunks, in the order of `ids` (KeyError for an unknown id)."""
        found: dict[int, list[float]] = {}
        for part in self._parts(ids):
            for row in self.client.get(self.collection, ids=part, output_fields=[DENSE]):
                found[int(row["chunk_id"])] = row[DENSE]
        return np.asarray([found[int(i)] for i in ids], dtype=np.float32).reshape(len(ids), -1)

    def chunks(self, ids: Sequence[int]) -> list[Chunk]:
        """The chunks, in the order of `ids` (KeyError for an unknown id)."""
        found: dict[int, Chunk] = {}
        for part in self._parts(ids):
            for row in self.client.get(self.collection, ids=part, output_fields=["chunk"]):
                found[int(row["chunk_id"])] = Chunk.from_dict(json.loads(row["chunk"]))
        return [found[int(i)] for i in ids]

    def lexical_query(self, tokens: Sequence[str] | Sequence[int]) -> dict[int, float]:
        """The sparse query vector of BM25 tokens (or term ids): term id -> multiplicity * idf.
        Terms no chunk holds are left out."""
        if not tokens:
            return {}
        multiplicity = Counter(tokens)
        key = "term" if isinstance(tokens[0], str) else "term_id"
        terms = self._find_terms(multiplicity, key)
        chunks = self.count()
        return {row["term_id"]: float(np.float32(multiplicity[value]) * idf(row["df"], chunks))
                for value, row in terms.items() if row["df"] > 0}

    def lexical_top(self, tokens: Query, n: int, doc_ids: Iterable[str] | None = None
                    ) -> tuple[np.ndarray, np.ndarray]:
        """The ids and BM25 scores of the n best chunks with a positive score, best first (ties by id)."""
        query = self._query(tokens)
        where = self._doc_filter(doc_ids)
        if not query or where is None or n <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        hits = self.client.search(self.collection, data=[query], anns_field=LEXICAL, limit=n, filter=where,
                                  output_fields=["chunk_id"], search_params={"metric_type": "IP"})[0]
        return self._ranked(hits)

    def lexical_scores(self, tokens: Query, ids: Sequence[int]) -> np.ndarray:
        """The BM25 scores of the chunks `ids`, in that order (0 for a chunk without a query term)."""
        query = self._query(tokens)
        scores = np.zeros(len(ids), dtype=np.float32)
        if not query or not len(ids):
            return scores
        found: dict[int, float] = {}
        for part in self._parts(ids):
            hits = self.client.search(self.collection, data=[query], anns_field=LEXICAL, limit=len(part),
                                      filter=f"chunk_id in {_literal(part)}", output_fields=["chunk_id"],
                                      search_params={"metric_type": "IP"})[0]
            found.update((int(h["chunk_id"]), float(h["distance"])) for h in hits)
        for k, i in enumerate(ids):
            scores[k] = found.get(int(i), 0.0)
        return scores

    def frequency(self, word: str) -> int:
        """How many chunks hold the (folded) word."""
        row = self._find_terms([word], "term").get(word)
        return int(row["df"]) if row else 0

    def vocabulary(self) -> dict[str, int]:
        """Every term some chunk holds, with its df: for callers that look up many words (the English
        bridge asks `frequency` for each dictionary word; one round trip each would take minutes)."""
        return {row["term"]: int(row["df"]) for row in
                self._iterate("term_id >= 0 and df > 0", ["term", "df"], self.terms, BATCH * 10)}

    def idf(self, word: str) -> float | None:
        """BM25's inverse document frequency of a (folded) word; None when no chunk has it (as Index.idf)."""
        df = self.frequency(word)
        if df == 0:
            return None
        n = self.count()
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    # Internals

    def _create(self, dim: int) -> None:
        schema = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
        schema.add_field("chunk_id", DataType.INT64, is_primary=True)
        schema.add_field("doc_id", DataType.VARCHAR, max_length=MAX_TERM)
        schema.add_field("chunk", DataType.VARCHAR, max_length=MAX_TEXT)
        schema.add_field(DENSE, DataType.FLOAT_VECTOR, dim=dim)
        schema.add_field(LEXICAL, DataType.SPARSE_FLOAT_VECTOR)
        schema.add_field("counts", DataType.JSON)
        index = MilvusClient.prepare_index_params()
        index.add_index(DENSE, index_type="FLAT", metric_type="IP")
        index.add_index(LEXICAL, index_type="SPARSE_INVERTED_INDEX", metric_type="IP",
                        params={"inverted_index_algo": "TAAT_NAIVE"})  # exact; the only one Milvus Lite has
        index.add_index("doc_id", index_type="INVERTED")
        self._create_collection(self.collection, schema, index)
        schema = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
        schema.add_field("term_id", DataType.INT64, is_primary=True)
        schema.add_field("term", DataType.VARCHAR, max_length=MAX_TERM)
        schema.add_field("df", DataType.INT64)
        schema.add_field("unused", DataType.FLOAT_VECTOR, dim=2)
        index = MilvusClient.prepare_index_params()
        index.add_index("unused", index_type="FLAT", metric_type="IP")
        index.add_index("term", index_type="INVERTED")
        self._create_collection(self.terms, schema, index)

    def _create_docs(self) -> None:
        schema = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
        schema.add_field("doc_id", DataType.VARCHAR, max_length=MAX_TERM, is_primary=True)
        schema.add_field("sig", DataType.VARCHAR, max_length=128)
        schema.add_field("first", DataType.INT64)
        schema.add_field("count", DataType.INT64)
        schema.add_field("unused", DataType.FLOAT_VECTOR, dim=2)  # Milvus needs a vector field
        index = MilvusClient.prepare_index_params()
        index.add_index("unused", index_type="FLAT", metric_type="IP")
        self._create_collection(self.docs, schema, index)

    def _create_collection(self, name: str, schema, index) -> None:
        """An empty, loaded collection; reads see every write before them ("Strong")."""
        self.client.create_collection(name, schema=schema, consistency_level="Strong")
        # sync=False: pymilvus would poll each index's state every 0.5 s, while an empty one is done at once
        self.client.create_index(name, index, sync=False)
        self.client.load_collection(name)

    def _insert_chunks(self, chunks: list[Chunk], vectors: np.ndarray, counts: sp.csr_matrix, avgdl: float) -> None:
        parts = tf_parts(counts, avgdl)
        rows = []
        for r, chunk in enumerate(chunks):
            span = slice(counts.indptr[r], counts.indptr[r + 1])
            terms = counts.indices[span].tolist()
            rows.append({"chunk_id": chunk.chunk_id, "doc_id": chunk.doc_id,
                         "chunk": json.dumps(chunk.to_dict(), ensure_ascii=False),
                         DENSE: vectors[r].tolist(),
                         LEXICAL: dict(zip(terms, parts[span].tolist())),
                         "counts": {str(t): int(n) for t, n in zip(terms, counts.data[span].tolist())}})
        if rows:
            self.client.insert(self.collection, rows)

    def _write_weights(self, rows: list[dict], avgdl: float) -> None:
        if not rows:
            return
        indptr, indices, data = [0], [], []
        for row in rows:
            indices.extend(int(t) for t in row["counts"])
            data.extend(row["counts"].values())
            indptr.append(len(indices))
        counts = sp.csr_matrix((np.asarray(data, dtype=np.int32), np.asarray(indices, dtype=np.int64),
                                np.asarray(indptr, dtype=np.int64)), shape=(len(rows), max(indices, default=-1) + 1))
        parts = tf_parts(counts, avgdl).tolist()
        self.client.upsert(self.collection, [
            {"chunk_id": row["chunk_id"], LEXICAL: dict(zip(indices[indptr[r]:indptr[r + 1]], parts[indptr[r]:indptr[r + 1]]))}
            for r, row in enumerate(rows)], partial_update=True)

    def _upsert_terms(self, terms: Mapping[int, tuple[str, int]]) -> None:
        rows = [{"term_id": int(i), "term": term, "df": int(df), "unused": [0.0, 0.0]}
                for i, (term, df) in terms.items()]
        for start in range(0, len(rows), BATCH * 4):
            self.client.upsert(self.terms, rows[start:start + BATCH * 4])

    def _find_terms(self, values: Iterable, key: str) -> dict:
        """Rows of the terms collection whose `key` ("term" or "term_id") is one of `values`, by value."""
        found: dict = {}
        for part in self._parts(list(values)):
            rows = self.client.query(self.terms, filter=f"term_id >= 0 and {key} in {_literal(part)}",
                                     output_fields=["term_id", "term", "df"])
            found.update((row[key], row) for row in rows)
        return found

    def _term_count(self) -> int:
        return int(self.client.query(self.terms, filter="term_id >= 0", output_fields=["count(*)"])[0]["count(*)"])

    def _read_counters(self) -> dict[int, int]:
        rows = self.client.query(self.terms, filter="term_id < 0", output_fields=["term_id", "df"])
        return {int(r["term_id"]): int(r["df"]) for r in rows}

    def _write_counters(self, values: Mapping[int, int]) -> None:
        self._upsert_terms({i: ("", v) for i, v in values.items()})

    def _iterate(self, where: str, fields: list[str], collection: str | None = None, batch: int = BATCH
                 ) -> Iterable[dict]:
        """Rows of the chunks (or another) collection matching `where`, in batches (a plain query stops at 16384)."""
        iterator = self.client.query_iterator(collection or self.collection, batch_size=batch, filter=where,
                                              output_fields=fields)
        try:
            while batch := iterator.next():
                yield from batch
        finally:
            iterator.close()

    def _query(self, tokens: Query) -> dict[int, float]:
        return dict(tokens) if isinstance(tokens, Mapping) else self.lexical_query(list(tokens))

    @staticmethod
    def _doc_filter(doc_ids: Iterable[str] | None) -> str | None:
        """"" for all chunks, a filter for some documents, None for none."""
        if doc_ids is None:
            return ""
        doc_ids = list(doc_ids)
        return f"doc_id in {_literal(doc_ids)}" if doc_ids else None

    @staticmethod
    def _parts(values: Sequence) -> Iterable[list]:
        values = [v if isinstance(v, str) else int(v) for v in values]
        for start in range(0, len(values), IN_LIST):
            yield values[start:start + IN_LIST]

    @staticmethod
    def _ranked(hits: list[dict]) -> tuple[np.ndarray, np.ndarray]:
        pairs = sorted(((float(h["distance"]), int(h["chunk_id"])) for h in hits), key=lambda p: (-p[0], p[1]))
        return (np.asarray([i for _, i in pairs], dtype=np.int64),
                np.asarray([s for s, _ in pairs], dtype=np.float32))
