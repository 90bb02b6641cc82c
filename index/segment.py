"""jieba segmentation with the domain dictionary and stopwords, on folded text."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import jieba

from corpus.normalize import fold

from corpus.domain import KNOWLEDGE as DATA
_KEEP = re.compile(r"[\w\u4e00-\u9fff]", re.UNICODE)


@functools.cache
def tokenizer() -> jieba.Tokenizer:
    jieba.setLogLevel(60)
    tokenizer = jieba.Tokenizer()
    tokenizer.load_userdict(str(DATA / "userdict.txt"))
    return tokenizer


@functools.cache
def dictionary() -> tuple[dict[str, int], int]:
    """jieba's dictionary with the domain's words: word -> frequency, and the total of all frequencies."""
    tk = tokenizer()
    tk.check_initialized()
    return tk.FREQ, tk.total


@functools.cache
def pos_tokenizer():
    """jieba's part-of-speech tagger over the same dictionary."""
    from jieba.posseg import POSTokenizer

    return POSTokenizer(tokenizer())


@functools.cache
def stopwords() -> frozenset[str]:
    return frozenset(w.strip() for w in (DATA / "stopwords.txt").read_text(encoding="utf-8").splitlines() if w.strip())


def tokenize(text: str) -> list[str]:
    """BM25 tokens: folded, cut in search mode (long terms plus their parts), stopwords dropped."""
    stop = stopwords()
    return [
        t for t in (w.strip() for w in tokenizer().cut_for_search(fold(text)))
        if t and t not in stop and _KEEP.search(t)
    ]
