"""Decides whether the retrieved passages support an answer: weighted term coverage, dense score, missing terms."""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

from corpus.normalize import fold
from index.expand import expand, glossary_spans, is_english
from index.search import Hit
from index.segment import DATA, tokenizer, stopwords

MODEL_FILE = Path(__file__).resolve().parent / "data" / "refusal.json"
# Interrogatives and fillers carry no topic: 哪几种, 算不算, 啥时候, 多少, 够不够 ...
_ASKING = re.compile(r"[哪几啥吗么呢吧嘛]|多少|多久|多大|多长|怎|如何|什么|是否|(.)不\1|有没有|能否|可否")
# Words so common in any text (jieba frequency above total / e^6) that they say nothing about the topic.
_COMMON_LOG_RATIO = 6.0
_DOMAIN_WEIGHT = 6.0  # the domain dictionary's terms are topic words by definition


@dataclass(frozen=True, slots=True)
class Features:
    coverage: float  # share of the question's topic weight found in the top passages
    dense: float  # cosine of the best passage
    missing: float  # weight of the rarest topic word found nowhere in the top passages
    bm25: float  # BM25 of the best passage, squashed to 0..1

    def vector(self) -> list[float]:
        return [self.coverage, self.dense, self.missing, self.bm25]


@functools.cache
def _domain_terms() -> frozenset[str]:
    lines = (DATA / "userdict.txt").read_text(encoding="utf-8").splitlines()
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


def _covered(word: str, context: str) -> bool:
    if word in context:
        return True
    parts = [p for p in tokenizer().lcut_for_search(word) if p != word and len(p) > 1]
    return bool(parts) and all(p in context for p in parts)


_EN_STOP = frozenset("""a an the of to in on at for from by with about as and or but if then than so is are was
were be been being do does did can could should would will shall may might must have has had i we you they he
she it my our your their its this that these those there here what which who whom whose when where why how
much many any some all each every more most other such only own same very just also into over under up down
out get got please tell me us know want need like one ones thing things way ever still""".split())


def _english_coverage(question: str, context: str) -> float:
    """Share of an English question's content words that the passages cover (through the glossary)."""
    covered_spans = [(a, b) for a, b, terms in glossary_spans(question) if any(t in context for t in terms)]
    words = [(m.start(), m.group().lower()) for m in re.finditer(r"[A-Za-z][A-Za-z'-]+", question)]
    content = [(pos, w) for pos, w in words if w not in _EN_STOP and len(w) > 2]
    if not content:
        return 1.0
    hits = sum(1 for pos, w in content if w in context or any(a <= pos < b for a, b in covered_spans))
    return hits / len(content)


def features(question: str, hits: list[Hit], *, depth: int = 3) -> Features:
    if not hits:
        return Features(0.0, 0.0, 1.0, 0.0)
    context = fold(" ".join(h.chunk.index_text() for h in hits[:depth]))
    if is_english(question):
        return Features(coverage=_english_coverage(question, context), dense=hits[0].dense, missing=0.0,
                        bm25=1 - math.exp(-hits[0].bm25 / 5))
    words = [(w, weight(w)) for w in topic_words(question)]
    total = sum(wt for _, wt in words)
    covered = sum(wt for w, wt in words if _covered(w, context))
    missing = max((wt for w, wt in words if wt > 0 and not _covered(w, context)), default=0.0)
    return Features(coverage=covered / total if total > 0 else 1.0, dense=hits[0].dense,
                    missing=min(missing / 10.0, 1.0), bm25=1 - math.exp(-hits[0].bm25 / 5))


@functools.cache
def _model() -> dict:
    return json.loads(MODEL_FILE.read_text(encoding="utf-8"))


def support(f: Features, model: dict | None = None) -> float:
    """Probability that the passages answer the question (logistic model fitted by eval/calibrate.py)."""
    m = model or _model()
    z = m["bias"] + sum(w * (x - mu) / sd for w, x, mu, sd in zip(m["weights"], f.vector(), m["mean"], m["std"]))
    return 1 / (1 + math.exp(-z))


def scope_mismatch(question: str, hits: list[Hit], *, depth: int = 3) -> str:
    """Why the passages cannot answer, as the question's own term ("" when they may).

    Either the question asks for a kind of fact no passage holds (unmet_attribute: 租金, 截止 ...), or a
    scoping term of it (市级, 企业所得税, 众创空间 ...) is one the passages only have a sibling of.

    Such a question asks about something the documents cover for other entities only: 市级 when they
    speak of 国家级 and 省级, 企业所得税 when they list 房产税 and 增值税.
    """
    from service.followup import SLOTS

    if is_english(question) or not hits:
        return ""
    attribute = unmet_attribute(question, hits, depth=depth)
    if attribute:
        return attribute
    q = fold(question)
    context = fold(" ".join(h.chunk.index_text() for h in hits[:depth]))
    for terms in SLOTS:
        found = [t for t in terms if t in q]
        maximal = [t for t in found if not any(t != o and t in o for o in found)]
        if maximal and not any(t in context for t in maximal):
            if any(t in context for t in terms if t not in found and not any(t in m for m in maximal)):
                return maximal[0]
    return ""


# What a question asks for, and what a passage must hold to give it: a fee, a subsidy, a deadline or a
# list of application materials is rarely in policy texts that describe criteria.
ATTRIBUTES: list[tuple[re.Pattern[str], re.Pattern[str]]] = [
    (re.compile(r"租金|房租"), re.compile(r"租金|房租|租赁费")),
    (re.compile(r"管理费"), re.compile(r"管理费")),
    (re.compile(r"补贴|补助"), re.compile(r"补贴|补助")),
    (re.compile(r"奖励|奖金"), re.compile(r"奖励|奖金")),
    # A price (of a desk, a room, a month) needs a price in the passages, not just any sum of money.
    (re.compile(r"(多少钱|什么价|几块钱)\s*[一每]\s*[个间张月年天平]|(工位|场地|办公室|房子|房间|会议室|座位)\S{0,6}"
                r"(多少钱|什么价|贵不贵)|收费标准|怎么收费|价格"),
     re.compile(r"收费|价格|租金|房租|租赁费|\d\s*元\s*(/|每)|每(月|年|天|平方米|平米|个|人|间)\S{0,8}\d+\s*元|"
                r"免费\S{0,6}(工位|场地|办公|房|座位)")),
    (re.compile(r"多少钱|什么价|收费"), re.compile(r"\d\s*(万|亿)?元|收费|价格|费用")),
    (re.compile(r"截止|申报时间|提交时间|几号"), re.compile(r"截止|\d+月\d+日")),
    (re.compile(r"申报材料|材料清单|提交什么材料|需要哪些材料"), re.compile(r"材料")),
    (re.compile(r"税率"), re.compile(r"税率|%|％")),
]


def unmet_attribute(question: str, hits: list[Hit], *, depth: int = 3) -> str:
    """The kind of fact the question asks for (a fee, a deadline ...) when no top passage has one."""
    q = fold(question)
    context = fold(" ".join(h.chunk.index_text() for h in hits[:depth]))
    for asked, held in ATTRIBUTES:
        m = asked.search(q)
        if m and not held.search(context):
            return m.group()
    return ""


def should_refuse(f: Features, model: dict | None = None) -> tuple[bool, float]:
    m = model or _model()
    p = support(f, m)
    return p < m["threshold"], p
