"""English words to the corpus's Chinese ones through the multilingual model, for documents no dictionary knows.

Every Chinese word of the index (two to eight characters, in at least MIN_DF chunks, the MAX_WORDS commonest) is
embedded as a question is. An English word or two-word phrase of a question takes the nearest of them (at most
PER_GRAM) by CSLS: twice the cosine, less how near each side lies to the other language in general (its "hubness":
a word such as 作成 or 出版 that lies near every English word says nothing). Only those clearly nearer than
that (MARGIN) are kept: outdoor advertising -> 户外广告, statistics -> 统计. It needs no dictionary and no
glossary, so it works on whatever regulation staff add; the dictionary bridge (index/english.py) and the
glossaries still come first.

The lexicon is written into each index version (LEXICON): a build reuses the previous version's words and embeds
only the new ones (through the build cache), so adding a document costs its new words. The English sample's vectors
depend on the model alone: `policyqa model` keeps them beside the int8 copy (save_sample), so no build makes them.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from pathlib import Path

import numpy as np

from corpus.domain import KNOWLEDGE

LEXICON = "lexicon.npz"
MIN_DF = 2  # chunks a word must be in: a word of one chunk is a name or a slip more often than a term
MAX_WORDS = 40_000  # the commonest words kept: the query-time search and the memory (about 60 MB) stay small
HUB_K = 10  # nearest neighbours whose mean cosine is a word's hubness
MARGIN = 0.03  # CSLS a Chinese word needs to be taken for an English one
PER_GRAM = 2  # Chinese words kept per English word or phrase
BLOCK = 4096  # rows per matrix product when measuring hubness
_HAN = re.compile(r"^[\u4e00-\u9fff]{2,8}$")
_WORD = re.compile(r"[a-z][a-z'-]*")

Embed = Callable[[list[str]], np.ndarray]  # texts -> unit vectors, embedded as questions are


def setup() -> str:
    """What every lexicon of a build depends on besides its words and the model: a change rebuilds them."""
    sample = hashlib.sha256("\n".join(english_sample()).encode()).hexdigest()[:12]
    return f"{LEXICON} df>={MIN_DF} top {MAX_WORDS} sample {sample}"


def english_sample() -> list[str]:
    lines = (KNOWLEDGE / "english_sample.txt").read_text(encoding="utf-8").splitlines()
    return [w.strip() for w in lines if w.strip() and not w.startswith("#")]


def _sample_path(folder: Path, namespace: str, sample: list[str]) -> Path:
    """Where the sample's vectors for this model (its words namespace) and this sample are kept."""
    key = hashlib.sha256("\n".join([namespace, *sample]).encode()).hexdigest()[:16]
    return folder / f"english-sample-{key}.npy"


def sample_vectors(embed: Embed, folder: Path | None, namespace: str) -> np.ndarray:
    """The English sample's vectors: those kept in `folder` for this model and sample (save_sample), else made now."""
    sample = english_sample()
    if folder is not None:
        try:
            kept = np.load(_sample_path(folder, namespace, sample))
            if kept.ndim == 2 and len(kept) == len(sample):
                return kept.astype(np.float32)
        except (OSError, ValueError):
            pass  # none kept, or a torn or foreign file: made again below
    return np.asarray(embed(sample), dtype=np.float32)


def save_sample(embed: Embed, folder: Path, namespace: str) -> Path:
    """Keeps the sample's vectors in `folder` (atomically: a kill leaves the old file or none)."""
    sample = english_sample()
    path = _sample_path(folder, namespace, sample)
    if path.is_file():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.stem}.{os.getpid()}.tmp.npy")
    np.save(tmp, np.asarray(embed(sample), dtype=np.float32))  # as made: builds agree
    os.replace(tmp, path)
    return path


def candidate_words(vocab: list[str], df: np.ndarray) -> list[str]:
    """The index's Chinese words worth a vector: two to eight characters, in MIN_DF chunks or more, the commonest
    MAX_WORDS of them (ties in the vocabulary's order)."""
    ids = [i for i, w in enumerate(vocab) if i < len(df) and df[i] >= MIN_DF and _HAN.match(w)]
    ids.sort(key=lambda i: -int(df[i]))
    return sorted(vocab[i] for i in ids[:MAX_WORDS])


def _hubness(vectors: np.ndarray, sample: np.ndarray) -> np.ndarray:
    """Each row's mean cosine to its HUB_K nearest rows of `sample`."""
    out = np.zeros(len(vectors), dtype=np.float32)
    k = min(HUB_K, len(sample))
    if not k:
        return out
    for i in range(0, len(vectors), BLOCK):
        sims = vectors[i:i + BLOCK] @ sample.T
        out[i:i + BLOCK] = np.partition(sims, -k, axis=1)[:, -k:].mean(axis=1)
    return out


class Lexicon:
    """Chinese words, their vectors (unit length) and their hubness against English in general."""

    def __init__(self, words: list[str], vectors: np.ndarray, hubs: np.ndarray) -> None:
        self.words = words
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self.hubs = np.asarray(hubs, dtype=np.float32)

    @classmethod
    def build(cls, words: list[str], embed: Embed, previous: "Lexicon | None" = None,
              sample: Callable[[], np.ndarray] | None = None) -> "Lexicon":
        """The lexicon of `words`: a word of `previous` keeps its vector and hubness, the others are embedded;
        `sample` gives the English sample's vectors (default: embedded by `embed`)."""
        old = {w: i for i, w in enumerate(previous.words)} if previous is not None else {}
        new = [w for w in words if w not in old]
        if not words:
            return cls([], np.zeros((0, 0), dtype=np.float32), np.zeros(0, dtype=np.float32))
        made = np.asarray(embed(new), dtype=np.float32) if new else None
        made_hubs = _hubness(made, sample() if sample else sample_vectors(embed, None, "")) if new else None
        at = {w: i for i, w in enumerate(new)}
        vectors = np.stack([previous.vectors[old[w]] if w in old else made[at[w]] for w in words])
        hubs = np.array([previous.hubs[old[w]] if w in old else made_hubs[at[w]] for w in words], dtype=np.float32)
        return cls(words, vectors, hubs)

    def save(self, folder: Path) -> None:
        np.savez(folder / LEXICON, words=np.array(self.words, dtype=str), vectors=self.vectors.astype(np.float16),
                 hubs=self.hubs)

    @classmethod
    def load(cls, folder: Path) -> "Lexicon | None":
        """The lexicon written in an index folder; None when the folder has none (built before it existed)."""
        path = folder / LEXICON
        if not path.is_file():
            return None
        with np.load(path) as data:
            return cls([str(w) for w in data["words"]], data["vectors"], data["hubs"])

    def terms(self, question: str, encode: Embed, stop: frozenset[str]) -> list[str]:
        """The Chinese words for an English question's words and two-word phrases (not `stop` words); `encode`
        embeds a list of them at once."""
        if not self.words:
            return []
        tokens = _WORD.findall(question.lower())
        grams = [w for w in tokens if w not in stop and len(w) >= 3]
        grams += [f"{a} {b}" for a, b in zip(tokens, tokens[1:]) if a not in stop and b not in stop]
        if not grams:
            return []
        queries = np.asarray(encode(list(dict.fromkeys(grams))), dtype=np.float32)
        sims = self.vectors @ queries.T  # words x grams
        k = min(HUB_K, len(self.words))
        own = np.partition(sims, -k, axis=0)[-k:].mean(axis=0)  # each gram's hubness among these words
        csls = 2 * sims - self.hubs[:, None] - own[None, :]
        out: list[str] = []
        for g in range(csls.shape[1]):
            column = csls[:, g]
            top = np.argpartition(-column, min(PER_GRAM, len(column) - 1))[:PER_GRAM]
            out += [self.words[i] for i in sorted(top, key=lambda i: -column[i]) if column[i] >= MARGIN]
        return list(dict.fromkeys(out))
