"""A loaded index and hybrid search over it: dense (FAISS) and BM25, fused."""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import faiss
import numpy as np

from corpus.catalog import base_title
from corpus.domain import Mention, gazetteer
from corpus.messages import message
from corpus.models import Chunk, Document
from corpus.normalize import fold
from index.embed import Embedder
from index.errors import IndexBrokenError
from index.english import STOP, Bridge, pinyin_names
from index.expand import expand, formal_terms, is_english
from index.lexicon import Lexicon
from index.homophones import Homophones
from index.lexical import TermCounts, bm25_of
from index.segment import tokenize
from index.store import VECTORS, ChunkTable, Manifest, read_documents, read_manifest

if TYPE_CHECKING:
    from index.milvus_store import MilvusStore

RRF_K = 60
_JOINED = r"[、，,\s和与及或]{0,2}"  # what may stand between the words of a name in a list of them
# what may stand between two words of a name of two characters or more: a word the asker leaves out (烟草[专卖]零售
# 许可证, 监理[单位]资质), or a list's joiner
_INSERTED = r"(?:[\u4e00-\u9fff]{0,2}|[、，,\s和与及或]{0,2})"
NAMES_SCAN = 2000  # chunks holding every word of a name that are read for the words in order (about 0.1 ms each)


@dataclass(frozen=True, slots=True)
class Hit:
    chunk: Chunk
    score: float  # fused
    dense: float  # cosine similarity
    bm25: float  # raw BM25 score
    dense_rank: int  # 1-based; 0 when outside the dense candidates
    bm25_rank: int
    pending: bool = False  # the chunk has no vector yet (a document being added): `dense` is unknown


GRAMS_KEPT = 20_000  # English words and phrases whose vectors are remembered


@dataclass(frozen=True, slots=True)
class Fusion:
    """How dense and BM25 are combined: "rrf", or "weighted" min-max scores with dense weight `weight`."""

    method: str = "weighted"
    weight: float = 0.65
    candidates: int = 50


class Index:
    """Chunks, documents, FAISS and BM25 of one index folder, in memory."""

    def __init__(self, path: Path, embedder: Embedder, *, store: "MilvusStore | None" = None) -> None:
        self.path = path
        self.store = store  # searches run there when given (loaded from this folder: index/milvus_sync.py)
        self.manifest: Manifest = read_manifest(path)
        if self.manifest.model_id != embedder.model_id:
            raise IndexBrokenError(message("index_model_mismatch", built=self.manifest.model_id,
                                           current=embedder.model_id))
        real = path.resolve()
        try:
            self.chunks: ChunkTable = ChunkTable(real)
            self.documents: dict[str, Document] = read_documents(real)
            counts = TermCounts.load(real)
            # With a store, vectors and BM25 weights live there; the folder gives chunks and the vocabulary.
            self.faiss = faiss.read_index(str(real / VECTORS)) if store is None else None
            self.bm25 = bm25_of(counts) if store is None else None
        except (OSError, ValueError, RuntimeError, KeyError) as exc:
            raise IndexBrokenError(message("index_broken", path=path, detail=exc)) from exc
        if self.faiss is not None and self.faiss.ntotal != len(self.chunks):
            raise IndexBrokenError(message("index_broken", path=path, detail="vector count != chunk count"))
        self.embedder = embedder
        self._vocab = {term: i for i, term in enumerate(counts.vocab)}
        # Document frequency of each BM25 token: how many chunks hold it.
        self._df = np.bincount(counts.matrix.indices, minlength=len(counts.vocab))
        del counts
        self.homophones = Homophones(self._vocab, self.frequency)
        self.bridge = Bridge(self.frequency, self.postings if store is None else None, len(self.chunks))
        self._lexicon_folder = real
        self._lexicon: Lexicon | None | bool = False  # read on the first English question (False: not yet)
        self._gram_vectors: dict[str, np.ndarray] = {}
        # Versions of one regulation (one title, several dates), newest last.
        versions: dict[str, list[str]] = {}
        for d in self.documents.values():
            if d.date:
                versions.setdefault(base_title(d.title), []).append(d.date)
        self.versions = {base: sorted(dates) for base, dates in versions.items()}
        # Each document's chunks are one run of ids (index/build.py writes them so).
        self._by_doc: dict[str, range] = {d["doc_id"]: range(d["chunks"][0], sum(d["chunks"]))
                                          for d in self.manifest.documents}
        # Chunks of a document being added whose vectors are not made yet: found by keywords only.
        self.pending = np.zeros(len(self.chunks), dtype=bool)
        if store is None:
            for first, count in self.manifest.pending:
                self.pending[first:first + count] = True
        if store is not None:
            self._store_map = _StoreMap(store.documents(), self._by_doc)
        self._groups = functools.lru_cache(maxsize=1024)(self._doc_groups)

    def frequency(self, word: str) -> int:
        """How many chunks hold the (folded) word."""
        i = self._vocab.get(word)
        return int(self._df[i]) if i is not None and i < len(self._df) else 0

    def postings(self, word: str) -> np.ndarray:
        """The chunks that hold the (folded) word, in order (empty when none does)."""
        i = self._vocab.get(word)
        if i is None or self.bm25 is None or i + 1 >= len(self.bm25.scores["indptr"]):
            return np.zeros(0, dtype=np.int32)
        ptr = self.bm25.scores["indptr"]
        return self.bm25.scores["indices"][ptr[i]:ptr[i + 1]]

    def names(self, words: list[str]) -> bool | None:
        """Whether a chunk holds the words in this order, next to each other or apart by a list's comma or
        and (食品 经营 许可证 as 食品经营许可证, 公证 认证 as 公证、认证), or two words of two characters or more apart by
        a word of up to two characters (烟草 零售 许可证 as 烟草专卖零售许可证); None when this index cannot tell (its
        keyword side is in the store, or more than NAMES_SCAN chunks hold all the words)."""
        if self.bm25 is None:
            return None
        words = [fold(w) for w in words if w.strip()]
        lists = [self.postings(t) for w in words for t in _query_tokens(w)]
        if not words or not lists or any(len(x) == 0 for x in lists):
            return False
        held = functools.reduce(np.intersect1d, sorted(lists, key=len))
        pattern = re.compile("".join(
            (_INSERTED if len(words[i - 1]) > 1 and len(w) > 1 else _JOINED) + re.escape(w) if i else re.escape(w)
            for i, w in enumerate(words)))
        read = (self.chunks[int(i)] for i in held[:NAMES_SCAN])
        if any(pattern.search(fold(f"{' '.join(c.section)} {c.text}")) for c in read):
            return True
        return False if len(held) <= NAMES_SCAN else None  # words this common: too many chunks to read to say no

    def english_terms(self, question: str) -> str:
        """The question followed by the corpus's words for it: for English, the Chinese words it maps to
        (glossary, then the dictionary); for Chinese, the formal words for its colloquial ones (社保 -> 社会保险)."""
        if not is_english(question):
            formal = formal_terms(fold(question))
            return f"{question} {' '.join(formal)}" if formal else question
        places = gazetteer().mentions(fold(question))
        # names in pinyin (Jialu River -> 贾鲁河), of neither a place the gazetteer knows nor an English word
        placed = {w for m in places for w in re.findall(r"[a-z]+", m.alias)}
        names = pinyin_names(question, self.frequency, lambda w: w in placed or self.bridge.known(w))
        extra = [t for t in (*_place_names(places), *self.bridge.terms(question), *names) if t not in question]
        expanded = f"{expand(question)} {' '.join(extra)}" if extra else expand(question)
        # the model's nearest corpus words for the English ones: terms of documents no dictionary knows
        more = [t for t in self.lexicon_terms(question) if t not in expanded]
        return f"{expanded} {' '.join(more)}" if more else expanded

    def _english_groups(self, question: str) -> list[tuple[str, ...]]:
        """An English question's words in the corpus's Chinese: per English word or phrase, its senses; place
        names and the lexicon's words each as a word of their own."""
        groups = list(self.bridge.groups(question))
        seen = {w for g in groups for w in g}
        places = gazetteer().mentions(fold(question))
        return groups + [(t,) for t in (*_place_names(places), *self.lexicon_terms(question)) if t not in seen]

    def _coverage(self, groups: list[tuple[str, ...]], cand: np.ndarray) -> np.ndarray:
        """How much of an English question each candidate holds: per English word or phrase (`groups`: its
        Chinese senses), the idf of the rarest sense the chunk names; a word's many senses count once, as one term."""
        # a sense no chunk holds whole (a phrase jieba cuts) weighs as its rarest token
        weight = {w: self.idf(w) or max((self.idf(t) or 0.0 for t in _query_tokens(w)), default=0.0)
                  for g in groups for w in g}
        out = np.zeros(len(cand), dtype=np.float32)
        for j, i in enumerate(cand.tolist()):
            c = self.chunks[i]
            text = fold(f"{' '.join(c.section)} {c.text}")
            out[j] = sum(max((weight[w] for w in g if w in text), default=0.0) for g in groups)
        return out

    def lexicon_terms(self, question: str) -> list[str]:
        """The index's Chinese words nearest to an English question's words and phrases (index/lexicon.py)."""
        if self._lexicon is False:
            self._lexicon = Lexicon.load(self._lexicon_folder)
        if not self._lexicon:
            return []
        return self._lexicon.terms(question, self._grams, STOP)

    def _grams(self, grams: list[str]) -> np.ndarray:
        """English words and phrases embedded at once (index/lexicon.py), each remembered: most recur."""
        known = self._gram_vectors
        vectors = {g: known.get(g) for g in grams}  # read once: another request may clear the memory meanwhile
        todo = [g for g, v in vectors.items() if v is None]
        if todo:
            made = dict(zip(todo, self.embedder.words(todo)))
            vectors.update(made)
            if len(known) > GRAMS_KEPT:
                known.clear()
            known.update(made)
        return np.stack([vectors[g] for g in grams])

    @property
    def idf_max(self) -> float:
        """BM25's idf of a word that only one chunk holds: the top of the idf scale for this index."""
        n = len(self.chunks)
        return math.log(1 + (n - 1 + 0.5) / 1.5) if n else 0.0

    def idf(self, word: str) -> float | None:
        """BM25's inverse document frequency of a (folded) word among the chunks; None when no chunk has it."""
        i = self._vocab.get(word)
        if i is None or i >= len(self._df) or self._df[i] == 0:
            return None
        df, n = float(self._df[i]), len(self.chunks)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def doc_chunks(self, doc_id: str) -> list[Chunk]:
        return [self.chunks[i] for i in self._by_doc.get(doc_id, [])]

    def group(self, chunk: Chunk) -> list[Chunk]:
        """The chunks under the same heading as `chunk` (the heading chunk first), in reading order."""
        if chunk.parent < 0:
            return [chunk]
        return self._groups(chunk.doc_id).get(chunk.parent, [chunk])

    def _doc_groups(self, doc_id: str) -> dict[int, list[Chunk]]:
        groups: dict[int, list[Chunk]] = {}
        for c in self.doc_chunks(doc_id):
            if c.parent >= 0:
                groups.setdefault(c.parent, []).append(c)
        return groups

    def bm25_scores(self, question: str) -> np.ndarray:
        tokens = [t for t in _query_tokens(question) if t in self._vocab]
        if not tokens:
            return np.zeros(len(self.chunks), dtype=np.float32)
        return np.asarray(self.bm25.get_scores(tokens), dtype=np.float32)

    def search(self, question: str, *, k: int = 5, fusion: Fusion = Fusion(),
               doc_ids: list[str] | None = None) -> list[Hit]:
        """The k best chunks for the question, best first."""
        if not self.chunks:
            return []
        original = question
        question = self.english_terms(question)
        qv = self.embedder.query(fold(question))
        n = min(max(fusion.candidates, k), len(self.chunks))
        allowed: np.ndarray | None = None
        if doc_ids is not None:
            allowed = np.array(sorted(i for d in doc_ids for i in self._by_doc.get(d, [])), dtype=np.int64)
            if allowed.size == 0:
                return []
        slips = self.homophones.pair_slips(question)
        lexical = f"{question} {' '.join(slips.values())}" if slips else question
        if self.store is not None:
            cand, dense_top, bm_top, dense, bm_cand = self._from_store(qv, lexical, n, doc_ids)
        else:
            if allowed is None:
                _, ids = self.faiss.search(qv[None, :], n)
                dense_top = [int(i) for i in ids[0] if i >= 0]
            else:
                sims = self.faiss.reconstruct_batch(allowed) @ qv
                dense_top = [int(allowed[i]) for i in np.argsort(-sims)[:n]]
            dense_top = [i for i in dense_top if not self.pending[i]]  # placeholders are no match
            bm = self.bm25_scores(lexical)
            if allowed is None:
                held = np.flatnonzero(bm > 0)  # few chunks hold a query word; selecting among all zeros is slow
                bm_top = held[top_n(bm[held], n)].tolist()
            else:
                bm_top = [int(i) for i in allowed[np.argsort(-bm[allowed])[:n]] if bm[i] > 0]
            cand = np.array(sorted(set(dense_top) | set(bm_top)), dtype=np.int64)
            dense = self.faiss.reconstruct_batch(cand) @ qv
            bm_cand = bm[cand]
        if is_english(original) and len(cand):
            # BM25 counts each Chinese sense of an English word as a term of its own (run: 经营, 执行, 运行, 行走):
            # a chunk naming several senses of one common word outscores one naming the rare words asked. The
            # share of the question's words a chunk names, each word once, weighs as much as BM25.
            cover = self._coverage(self._english_groups(original), cand)
            bm_cand = (_scaled(bm_cand) + _scaled(cover)).astype(np.float32)
        unknown = self.pending[cand] if len(cand) else np.zeros(0, dtype=bool)
        dense_rank = {c: r + 1 for r, c in enumerate(dense_top)}
        bm_rank = {c: r + 1 for r, c in enumerate(bm_top)}
        fused = fuse(cand, dense, bm_cand, dense_rank, bm_rank, fusion, unknown=unknown)
        order = np.argsort(-fused)[:k]
        return [Hit(self.chunks[int(cand[i])], float(fused[i]), float(dense[i]), float(bm_cand[i]),
                    dense_rank.get(int(cand[i]), 0), bm_rank.get(int(cand[i]), 0), bool(unknown[i])) for i in order]

    def _from_store(self, qv: np.ndarray, lexical: str, n: int, doc_ids: list[str] | None):
        """The same candidates and scores, searched in the store (Milvus) instead of in process. The store's
        ids are mapped to this folder's; rows this version does not hold (a newer version's, while the store
        is being brought to it) are left out."""
        to_pos = self._store_map.position
        dense_top = [i for i in self.store.dense_top(qv, n, doc_ids)[0].tolist() if to_pos(i) >= 0]
        query = self.store.lexical_query([t for t in _query_tokens(lexical) if t in self._vocab])
        bm_top = [i for i in self.store.lexical_top(query, n, doc_ids)[0].tolist() if to_pos(i) >= 0] if query else []
        ids = sorted(set(dense_top) | set(bm_top), key=to_pos)  # in the folder's order, as in process
        cand = np.array([to_pos(i) for i in ids], dtype=np.int64)
        return (cand, [to_pos(i) for i in dense_top], [to_pos(i) for i in bm_top],
                self.store.dense_scores(qv, ids), self.store.lexical_scores(query, ids))


def _place_names(places: list[Mention]) -> list[str]:
    """The Chinese names of the places an English question names (its gazetteer mentions: Kaifeng -> 开封市 开封):
    the documents name their place in Chinese only."""
    out: list[str] = []
    g = gazetteer()
    for m in places:
        for name in sorted(m.key):
            short = min(g.aliases(name), key=len)
            out.extend(n for n in (name, short) if n not in out)
    return out


class _StoreMap:
    """Store chunk ids -> this folder's chunk ids, through each document's first id in both places."""

    def __init__(self, held: dict[str, tuple[str, int, int]], by_doc: dict[str, range]) -> None:
        runs = sorted((first, count, by_doc[d].start) for d, (_, first, count) in held.items()
                      if d in by_doc and len(by_doc[d]) == count and count > 0)
        self._starts = np.array([r[0] for r in runs], dtype=np.int64)
        self._runs = runs

    def position(self, store_id: int) -> int:
        """The folder's id of a store row, or -1 when this version does not hold it."""
        i = int(np.searchsorted(self._starts, store_id, side="right")) - 1
        if i < 0:
            return -1
        first, count, here = self._runs[i]
        return here + (store_id - first) if store_id < first + count else -1


def top_n(scores: np.ndarray, n: int) -> np.ndarray:
    """Indices of the n highest scores, best first, ties in index order, without sorting all of them."""
    if n >= len(scores):
        return np.argsort(-scores, kind="stable")
    kth = np.partition(scores, len(scores) - n)[len(scores) - n]  # the n-th highest score
    above = np.flatnonzero(scores > kth)
    ties = np.flatnonzero(scores == kth)[:n - len(above)]
    part = np.concatenate([above, ties])
    return part[np.lexsort((part, -scores[part]))]


def _scaled(scores: np.ndarray) -> np.ndarray:
    """Scores divided by the best of them (all zeros stay zeros)."""
    top = float(scores.max()) if len(scores) else 0.0
    return scores / top if top > 0 else np.zeros_like(scores)


@functools.lru_cache(maxsize=4096)
def _query_tokens(question: str) -> tuple[str, ...]:
    return tuple(tokenize(question))


def fuse(cand: np.ndarray, dense: np.ndarray, bm: np.ndarray, dense_rank: dict[int, int],
         bm_rank: dict[int, int], fusion: Fusion, unknown: np.ndarray | None = None) -> np.ndarray:
    """Fused scores of the candidates. Where `unknown` (no vector yet), the dense side is taken to agree
    with BM25: the same normalised score (weighted) or rank (RRF), never a zero that buries the chunk."""
    if unknown is not None and unknown.any():
        known = ~unknown
        if fusion.method == "dense":  # no dense score to give: keyword-only chunks come after, by BM25
            top = float(bm.max()) if len(bm) else 0.0
            return np.where(known, dense.astype(np.float64), -1.0 + (bm / top if top > 0 else 0.0))
        if fusion.method == "bm25":
            return bm.astype(np.float64) + 1e-6 * np.where(known, dense, 0.0)
        if fusion.method == "rrf":
            return np.array([(2 if u else 1) * (1 / (RRF_K + bm_rank[c]) if c in bm_rank else 0.0)
                             + (1 / (RRF_K + dense_rank[c]) if c in dense_rank and not u else 0.0)
                             for c, u in zip(cand.tolist(), unknown.tolist())])
        lo, hi = (float(dense[known].min()), float(dense[known].max())) if known.any() else (0.0, 0.0)
        d = np.clip((dense - lo) / (hi - lo), 0.0, 1.0) if hi - lo > 1e-9 else np.zeros_like(dense)
        top = float(bm.max()) if len(bm) else 0.0
        b = bm / top if top > 0 else np.zeros_like(bm)
        d = np.where(unknown, b, d)
        return fusion.weight * d + (1 - fusion.weight) * b
    if fusion.method == "dense":
        return dense.astype(np.float64)
    if fusion.method == "bm25":
        return bm.astype(np.float64) + 1e-6 * dense
    if fusion.method == "rrf":
        return np.array([(1 / (RRF_K + dense_rank[c]) if c in dense_rank else 0.0)
                         + (1 / (RRF_K + bm_rank[c]) if c in bm_rank else 0.0) for c in cand.tolist()])
    span = float(dense.max() - dense.min()) if len(dense) else 0.0
    d = (dense - dense.min()) / span if span > 1e-9 else np.zeros_like(dense)
    top = float(bm.max()) if len(bm) else 0.0
    b = bm / top if top > 0 else np.zeros_like(bm)
    return fusion.weight * d + (1 - fusion.weight) * b
