"""Homophone slips of the corpus's own terms: 重创空间 for 众创空间, 京蓉镇 for 菁蓉镇.

A pinyin input method offers every word with the same sound, so the commonest typo in a Chinese question
is a real word in the wrong characters. Such a word matches nothing in the documents and makes the
question look unsupported. A run of the question's words (three to six characters, aligned with jieba's
word boundaries) that is not a term of the corpus, but sounds exactly like one (toneless pinyin, as
pypinyin reads it in context), is replaced by that term. A sound shared by two corpus terms is left
alone, and so are runs shorter than three characters, where chance matches are common.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from pypinyin import Style, lazy_pinyin

from corpus.normalize import fold, is_traditional, to_traditional
from index.segment import dictionary, tokenizer

__all__ = ["Homophones"]

_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
MIN_CHARS, MAX_CHARS = 3, 6
MAX_WORDS = 3  # a run joins at most this many of the question's words
# single characters too common as words of their own to be half of a slip (是 for 市, 在 for 再, 的 for 地, 不如实
# for 哺乳室: a negation the asker typed)
_FUNCTION = frozenset("是的在了和与或及也都就还又被把给对向从到为让不没")
COMMON_PAIR = 100  # a two-character word jieba has seen this often is what the asker meant (今年 is not 近年)
COMMON_WORD = 1000  # a word of a longer run this common was typed on purpose (制定 of 未制定 is not 指定 of 未指定)
DOMINANT = 10  # a two-character slip is taken for the term of its sound this many times commoner than any other


def _unique_sounds(terms: Iterable[str], frequency: Callable[[str], int] | None = None) -> dict[tuple[str, ...], str]:
    """Each sound's one term. A sound two terms share is none's, unless `frequency` (how many passages hold a term)
    says one is DOMINANT times as common as every other (处罚 beside 出发, 登记 beside 等级)."""
    by_sound: dict[tuple[str, ...], list[str]] = {}
    for term in sorted(terms):
        by_sound.setdefault(sound(term), []).append(term)
    out = {}
    for key, found in by_sound.items():
        if len(found) == 1:
            out[key] = found[0]
        elif frequency is not None:
            first, second = sorted(found, key=frequency, reverse=True)[:2]
            if frequency(first) >= DOMINANT * max(1, frequency(second)):
                out[key] = first
    return out


@functools.lru_cache(maxsize=65536)
def sound(text: str) -> tuple[str, ...]:
    return tuple(lazy_pinyin(text, style=Style.NORMAL, errors="ignore"))


class Homophones:
    """Built from the corpus's terms (folded, as the BM25 vocabulary holds them)."""

    def __init__(self, terms: Iterable[str], frequency: Callable[[str], int] | None = None) -> None:
        terms = list(terms)
        self._frequency = frequency  # how many passages hold a term: of two-character terms of one sound, the commoner
        self.terms = {t for t in terms if MIN_CHARS <= len(t) <= MAX_CHARS and _HAN.match(t)}
        self._by_sound = _unique_sounds(self.terms)
        self._pairs_from = {t for t in terms if len(t) == 2 and _HAN.match(t)}
        self._pairs: dict[tuple[str, ...], str] | None = None  # two-character terms by sound, made on first use

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one Homophones per index, kept for the index's life
    def pair_slips(self, text: str) -> dict[str, str]:
        """Two-character words of the text that no passage has but that sound like one corpus word: {word: term}.

        Two characters share a sound by chance too often to rewrite a question with them (报税 sounds like
        保税, and jieba cuts a slip in odd places), so these are only offered as alternatives: BM25 searches
        them too, and a passage holding one counts as holding the word.
        """
        if self._pairs is None:
            self._pairs = _unique_sounds(self._pairs_from, self._frequency)
        out = {}
        freq, _ = dictionary()
        words = tokenizer().lcut(fold(text))
        # a slip jieba does not know is cut into its characters (检秀: 检 + 秀): two such characters are a word too
        joined = [a + b for a, b in zip(words, words[1:])
                  if len(a) == len(b) == 1 and a not in _FUNCTION and b not in _FUNCTION]
        for w in [*words, *joined]:
            if len(w) == 2 and _HAN.match(w) and w not in self._pairs_from and freq.get(w, 0) < COMMON_PAIR:
                term = self._pairs.get(sound(w))
                if term and term != w:
                    out[w] = term
        return out

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one Homophones per index, kept for the index's life
    def correct(self, text: str) -> str:
        """The text with each homophone slip of a corpus term replaced by the term (in the text's script)."""
        if not self._by_sound:
            return text
        words = tokenizer().lcut(text)
        starts = [0]
        for w in words:
            starts.append(starts[-1] + len(w))
        out: list[str] = []
        i = 0
        while i < len(words):
            term, used = self._fix_at(words, i)
            run = "".join(words[i:i + used])
            out.append(run if term is None else to_traditional(term) if is_traditional(run) else term)
            i += used
        return "".join(out)

    @staticmethod
    def _common_word_changed(words: list[str], term: str) -> bool:
        """Whether the term would change a word of the run that jieba has seen COMMON_WORD times or more."""
        freq, _ = dictionary()
        at = 0
        for w in words:
            if len(w) >= 2 and freq.get(w, 0) >= COMMON_WORD and term[at:at + len(w)] != fold(w):
                return True
            at += len(w)
        return False

    def _fix_at(self, words: list[str], i: int) -> tuple[str | None, int]:
        """The longest run of words from i that is a corpus term (None, words) or a slip for one (term, words)."""
        for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
            run = "".join(words[i:i + n])
            if not (MIN_CHARS <= len(run) <= MAX_CHARS and _HAN.match(run)):
                continue
            folded = fold(run)
            if folded in self.terms:
                return None, n  # the question already says a corpus term here
            term = self._by_sound.get(sound(folded))
            if term is not None and term != folded:
                first, last = words[i], words[i + n - 1]
                if n > 1 and (first in _FUNCTION and not term.startswith(first)
                              or last in _FUNCTION and not term.endswith(last)):
                    continue  # 是政府 is 是 + 政府, not 市政府: a function word the asker typed (在符企业 keeps its 在)
                if self._common_word_changed(words[i:i + n], term):
                    continue  # 未制定 is 未 + 制定, not 未指定: a word as common as 制定 is what the asker meant
                return term, n
        return None, 1
