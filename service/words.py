"""Which words of a question say what it is about, and how much: for picking the sentences that answer."""

from __future__ import annotations

import functools
import math
import re

from corpus.domain import KNOWLEDGE
from corpus.normalize import fold
from index.expand import expand, is_english
from index.segment import stopwords, tokenizer

# Interrogatives and fillers carry no topic: 哪几种, 算不算, 啥时候, 多少, 够不够 ...
_ASKING = re.compile(r"[哪几啥吗么呢吧嘛]|多少|多久|多大|多长|怎|如何|什么|是否|(.)不\1|有没有|能否|可否")
# Words so common in any text (jieba frequency above total / e^6) that they say nothing about the topic.
_COMMON_LOG_RATIO = 6.0
_DOMAIN_WEIGHT = 6.0  # the domain dictionary's terms are topic words by definition


@functools.cache
def _domain_terms() -> frozenset[str]:
    lines = (KNOWLEDGE / "userdict.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.split()[0] for line in lines if line.strip())


@functools.cache
def _freq() -> tuple[dict[str, int], int]:
    tk = tokenizer()
    tk.check_initialized()
    return tk.FREQ, tk.total


def weight(token: str) -> float:
    """How much a word says about the topic: rarer words more; unknown words (typos) and fillers nothing."""
    if _ASKING.search(token) or token in stopwords():
        return 0.0
    if token in _domain_terms():
        return _DOMAIN_WEIGHT
    freq, total = _freq()
    f = freq.get(token)
    if not f:
        return 0.0
    return max(0.0, math.log(total / f) - _COMMON_LOG_RATIO)


@functools.lru_cache(maxsize=4096)
def topic_words(question: str) -> tuple[str, ...]:
    """The question's words (its glossary terms, for English), cached: every passage is scored against them."""
    expanded = expand(question)
    text = expanded[len(question):] if is_english(question) else expanded
    words = {w.strip() for w in tokenizer().lcut(fold(text))}
    return tuple(sorted(w for w in words if w and re.search(r"\w", w)))


SHARED_PAIRS = 3  # pairs of Chinese characters a text shares with a question to be of the asker's words


def char_pairs(text: str) -> set[str]:
    """A text's pairs of adjacent Chinese characters."""
    return {text[i:i + 2] for i in range(len(text) - 1)
            if "\u4e00" <= text[i] <= "\u9fff" and "\u4e00" <= text[i + 1] <= "\u9fff"}


def shares_words(text: str, question: str, least: int = SHARED_PAIRS) -> bool:
    """Whether a text is of the asker's words (…收到要约书之日起十个工作日内给予答复 for 工会发了要约书…能不能先不答复):
    it holds `least` of the question's pairs of Chinese characters."""
    return len(char_pairs(fold(question)) & char_pairs(fold(text))) >= least
