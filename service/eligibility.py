"""Checks a founder's own figures against a cited list of conditions: met, not met, or unknown, item by item.

A list's items are read for thresholds (超过500万元, 不低于10000平方米, 满18个月, 35周岁以下) and statuses
(经国家备案通过的高新技术企业); the founder's words for figures (去年营收350万, 场地8000平, 38岁) and
statuses (不是高企). Each threshold takes the figure whose words are the rule's words for it (营收 ~
营业收入: corpus/knowledge/quantities.toml); a figure the founder did not give is never guessed. The list's
heading says how its items combine (同时具备: all; 至少符合其中一项: any).
"""

from __future__ import annotations

import dataclasses
import functools
import math
import os
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from pypinyin import Style, lazy_pinyin

from corpus.chunk import ARTICLE_NUMBER
from corpus.domain import condition_words, families, function_characters, marker_words, measure_words, sibling_mentions
from corpus.messages import message
from corpus.normalize import fold, to_simplified
from index.expand import formal_terms
from index.segment import dictionary, tokenizer
from service.quantities import (DATES, EN_PART, EN_WHOLE, MORE, WHEN, Quantity, _table, calendar_days, calendar_months, clock_span,
                                date_span, dated_by_weekday, day_span, elapsed, english_clock_span, english_days_of_year, english_elapsed,
                                english_quantities, months_of_year, parse_number, quantities, time_windows,
                                times_of_day, weekday_span, when_span, working_days_between, years_ago)
from service.words import shares_words

Gloss = Callable[[str], "tuple[str, ...]"]  # English words -> the corpus's Chinese words for them

_YEARS_ONLY = re.compile(r"(?:(?:19|20)\d\d|大前|前|去)年到(?:(?:19|20)\d\d|今)年")  # a span between two years, no month said
_MONTH_TO_YEAR = re.compile(r"(?:19|20)\d\d年\s*\S{1,2}\s*月到(?:19|20)\d\d年")  # from a month to a year, its month unsaid
SAME_VALUE = 1e-12  # two figures this close (relatively) are one: a unit's factor is no more exact
_BORN_IN = re.compile(r"(?:19|20)?\d\d年(?:的|出生|生人|生)")  # an age read from a birth year alone (1965年生, 95年的)
_W = condition_words()  # corpus/knowledge/conditions.toml
_CATCH_ALL = _W["catch_all"]
_AREA_WORDS = _W["area_words"]
_TOTAL = _W["total"]
_SUBSET = _W["subset"]
_AMONG = _W["among"]
_HAS = _W["has"]
_SHARE_OF = _W["share_of"]
_ESTIMATE = _W["estimate"]
_TWO_DIGITS = re.compile(r"(?<![一二三四五六七八九十])([一两二三四五六七八])([二三四五六七八九])(?=[十百千万])")  # 七八十: 70 or 80
# (两三百: 200 or 300)
_SHARE_ACT = _W["share_act"]
_POSSESSION = _W["possession"]
_FORBIDS = _W["forbids"]
_NOT_DONE = _W["not_done"]
_LAPSE = _W["lapse"]
_CATEGORY = _W["category"]
_CATEGORY_PREFIX = _W["category_prefix"]
_ANNUAL = _W["annual"]
_DEFINES = _W["defines"]
_SANCTION = _W["sanction"]
_FINE = _W["fine"]
_SANCTION_START = _W["sanction_start"]
_EXTENSION = _W["extension"]
_EXTENSION_TOTAL = _W["extension_total"]
_EXTENSION_OPEN = _W["extension_open"]
_UNCOUNTED = _W["uncounted"]
_INTERVAL_SAID = _W["interval_said"]
_WINDOW_FLOOR = _W["window_floor"]
_STILL_WITHIN = _W["still_within"]
_FLOOR_SAID = re.compile(r"(?:不少于|不得少于|不低于|不得低于|至少)[^前后]*$")  # a least length, not a time ahead (…届满六个月前)
_BELOW = _W["below"]
_BELOW_SAID = re.compile(_BELOW.pattern.removesuffix(r"\s*$"))  # a figure said with it (不到一千人)
_ASKED_AGAINST = _W["asked_against"]
_ASKS_OVER = _W["asks_over"]
_FINE_BASE = _W["fine_base"]
_COUNT_BASE = _W["count_base"]
_FINED = _W["fined"]
_OF_CHILD = _W["of_child"]
_WINDOW_THEN = _W["window_then"]
_WINDOW_FORBIDS = _W["window_forbids"]
_BARS = _W["bars"]
_BAR_LIST = _W["bar_list"]
_PERMIT = _W["permit"]
_PERMIT_LIST = _W["permit_list"]
_ZONE_TAIL = _W["zone_tail"]
_WINDOW_END = re.compile(f"[内中](?:{_ZONE_TAIL.pattern})?$")  # 三年内, 30公里以内的地带
_DUTY = _W["duty"]
_AVOID = _W["avoid"]
_LIMIT = _W["limit"]
_SCOPE = _W["scope"]
_PROVISO = _W["proviso"]
_PLACE_AFTER = _W["place_after"]
_SANCTION_LEAD = _W["sanction_lead"]
_EXTENDED = _W["extended"]
_NOT_EXTENDED = _W["not_extended"]
_UNSURE_EXTENDED = _W["unsure_extended"]
_EACH = _W["each"]
_ANY_SIDE = _W["any_side"]
_AND = _W["and"]
_ANCHOR = _W["anchor"]
_DISTANCE_FROM = _W["distance_from"]
_DISTANCE_FILLER = _W["distance_filler"]
_PLACE_CHARACTERS = frozenset("园区地场所门口边旁处侧内外前后大小")  # 幼儿园 and 校园 share only 园
_SENT = _W["sent"]
_OF_SELF = _W["of_self"]
_DEFINITION = _W["definition"]
_RECEIVED = _W["received"]
_ANCHOR_LEAD = re.compile(_ANCHOR.pattern + r"\s*$")  # …之日起 right before a time's number
_TERM_END = _W["term_end"]
_ONE_MORE = _W["one_more"]
_RELATIVE = _W["relative"]
_PER = _W["per"]
_PER_SAID = _W["per_said"]
_PER_COUNT = _W["per_count"]
_PERIODS = {name: _W[f"period_{name}"] for name in ("day", "week", "month")}
_ALSO = _W["also"]
_ALSO_COUNT = _W["also_count"]
_NEXT_BOUND = _W["next_bound"]
_STATUS_RULE = _W["status_rule"]
_BEFORE_EVENT = _W["before_event"]
_SAID_AHEAD = _W["said_ahead"]
_TOLD_LIMIT = _W["told_limit"]
_MORE_THAN = _W["more_than"]
_ASKS = _W["asks"]
_COMPARES = _W["compares"]
_SEVERAL_YEARS = _W["several_years"]
_CALENDAR_YEAR = _W["calendar_year"]
_YEARS_OF_SUM = _W["years_of_sum"]
_RESPECTIVELY = _W["respectively"]
_RECENT_YEARS = _W["recent_years"]
_ADDED = _W["added"]
_ADDED_SUM = _W["added_sum"]
_SUM_NAME = _W["sum_name"]
_QUALIFIED_STAFF = _W["qualified_staff"]
_ALL_STAFF = _W["all_staff"]
_FUNCTION_CHARACTERS = function_characters()  # 的, 了, 和: they join words
_MARKER_WORDS = marker_words()  # how a figure counts (累计, 每年), not what it measures
_ITEM_NUMBER = re.compile(r"^\s*(?:[（(][0-9一二三四五六七八九十]+[）)]|[0-9]+[.、．]|[一二三四五六七八九十]+、|第[一二三四五六七八九十百零\d]+条)\s*")
_CLAUSE = re.compile(r"[，,；;。：:]")
_CLAUSES = re.compile(r"[，,；;。：:？?！!]")  # an asker's clauses
_ARTICLE_START = re.compile(ARTICLE_NUMBER)
_BARE_LEAD = _W["bare_lead"]
_SENTENCE_END = re.compile(r"[。！？!?]")
_SENTENCE_OR_CASE = re.compile(r"[。！？!?；;]")
# a category of askers a threshold is for: …生物医药、集成电路的企业，孵化时限… / （专业孵化器的在孵企业…
_CATEGORY_START = re.compile(r"[。；;（(]")
_STATEMENT_END = re.compile(r"[，,、；;。：:？?！!]|\.\s|\bbut\b|\band\b")
# between a case's threshold and its rule's (…不满三年的，试用期…): the case's words end with 的 and a pause; or
# name what the case is of (三年以上…的劳动合同，试用期不得超过六个月) when the rule after them forbids (不得)
_CASE = re.compile(r"[^，,；;。或且并]*的\s*[，,]\s*")
_QUALIFYING = tuple(_table()["qualifying"]["statuses"])  # statuses a measured condition may name besides its measure
_OWN_WORDS = re.compile(r"[\s、，,的]")  # what a threshold's words are when it has none of its own
_SANCTION_JOINED = re.compile(r"(?:可以|可)?并处")
_CASE_OF = re.compile(r"[^，,；;。或且并]*的[^，,；;。或且并]{1,8}[，,]\s*")
SURELY = 2  # times the next figure's affinity by which one figure is surely the base a share is of
VOTE_REACH = 4  # characters after a count in which the asker says it agreed (32票赞成, 40人同意)
VOTE_LEAD = 6  # characters before it (投票同意的正好60人; 赞成32票)
CLAIMED_IN_ORDER = 6  # characters of its own a condition needs to be claimed in other joining words (_in_order)
BAND_NAME = 4  # characters of a measure's name every band of it repeats (基坑开挖深度)
_CONSECUTIVE_YEARS = re.compile(r"连续(?:[两二三四五2-5])(?:个)?(?:年|会计年度|年度)")
_ONE_EACH = re.compile(r"单处|每处|单个|每个|单间|每间|单套|每套|单栋|每栋")  # a limit each of several things must keep
ASKED_SHARED = 2  # character pairs of the asker's words a limit must hold to be told one who gives no figure
CASE_LEAD = 2  # two-character pieces by which the asker's case must stand out from every other item's
FEW = 2  # measurable conditions of a provision whose limits are told the asker when their figures bear on none
_TIMES = ("days", "months")  # dimensions of a time limit
_ALONE = ("hours", "weight", "days")  # dimensions whose one limit in a rule takes the asker's one figure of its kind
MONTH_DAYS = (28, 31)  # the days a month may have
_WORKING = "工作日"
_LIST_ITEM = re.compile(r"^\s*(?:[（(][0-9一二三四五六七八九十]+[）)]|[0-9]+[.、．]|[一二三四五六七八九十]+、)")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff、]+")
# A与B之和: a sum of two named figures, each part's words
_SUM_OF_TWO = re.compile(r"([\u4e00-\u9fff]{2,12})[与和及加]([^，,。；;与和及]{1,16})(?:之和|总和)")


def _clause_at(text: str, at: int) -> str:
    """The asker's clause around a position (between the marks that end their clauses, `_CLAUSES`)."""
    start = max((m.end() for m in _CLAUSES.finditer(text, 0, at)), default=0)
    end = next((m.start() for m in _CLAUSES.finditer(text, at)), len(text))
    return text[start:end]


@dataclass(frozen=True, slots=True)
class Threshold:
    op: str  # ">", ">=", "<", "<="
    value: float
    dimension: str
    raw: str  # 超过500万元
    noun: str  # what is measured: 连续2年营业收入累计
    cumulative: bool  # a sum over years (累计, 连续2年)
    last_year: bool  # one year's figure (上年营业总收入)
    base: str = ""  # for a share: what it is a share of (众创空间总面积 in 不低于众创空间总面积的15%)
    extension: float = 0.0  # a time limit's possible extension (…三个工作日内…，经批准可以延长三个工作日), same unit
    uncounted: str = ""  # what the time is of that a limit does not count (按规定检验的期间不计算在内: 按规定检验)
    wider: bool = False  # a zone's least width (每侧不少于一百米的区域): what lies farther may still be in it
    spanned: bool = False  # an end of a range that names its unit once (每方代表人数为三至九名)
    window: str = ""  # an end of a window of time (二十时至次日八时): "both" ends hold, or "either" (outside 12时至14时)
    alternative: str = ""  # what else is counted with the measured thing (两个以上历史文化街区或者传统风貌区: 传统风貌区)


@dataclass(slots=True)
class Condition:
    text: str  # the item as the source writes it
    thresholds: list[Threshold] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)  # 高新技术企业 ...
    either: bool = False  # thresholds joined by 或: one is enough
    given: str | None = None
    verdict: str = "unknown"
    item: int = 0  # which item of the list it comes from
    # the case the condition is the rule for (劳动合同期限一年以上不满三年的，试用期不得超过二个月): it binds an asker
    # in that case only
    case: Condition | None = None
    joint: bool = False  # stated together with the condition before it (不少于50家且每千平方米…不少于3家): both must hold
    glue: str = "且"  # how it is joined to the one before when joint (，in one case: 假冒两项以上他人专利，非法经营数额…)
    extensible: bool = False  # unknown because the asker is past the limit but within its possible extension
    open_ended: bool = False  # unknown because the asker is past a limit extended by approval or not counting some time
    close: bool = False  # unknown because the asker's figure is too close to the limit to tell (两个月 against 六十日)
    everyone: bool = False  # unknown because the asker counts all their people, the rule qualified ones (专职…人员)
    wider: bool = False  # unknown because the asker lies past a zone's least width (不少于一百米的区域 against 150米)
    sent: bool = False  # unknown because the asker counts from sending, the limit from receipt (寄出…95天 against 自收到…三个月)
    unsure: bool = False  # unknown because the asker says they do not know what it names (不知道算市区还是市区外)
    past_floor: bool = False  # unknown because the asker's time since a window opened is past its least length
    unmeasured: bool = False  # unknown because no figure settles it, though the asker speaks of what it names
    kind_unsaid: bool = False  # for one kind of a list that sets kinds apart, and the asker did not say theirs
    other_person: bool = False  # for the other sex than the asker's (女性…五十五周岁以下 to a man)
    bars: bool = False  # a case the rule bars (…不足…25%的，不得启动): met by the asker, the whole is not met
    barring: bool = False  # a case of a list of cases that each bar the act (有下列情形之一的，不得出海): met = not in it

    @property
    def unsettled(self) -> str | None:
        """Why the asker's figures bear on the condition and still leave it unknown, if they do."""
        return next((name for name in ("extensible", "open_ended", "close", "everyone", "wider", "sent", "past_floor",
                                       "unsure", "unmeasured")
                     if getattr(self, name)), None)

    def contract(self, citation: int) -> dict:
        # alternatives (超过500万元或…超过300万元) read as such, requirements held together with ；
        # (a range's two ends stated once: 2019年1月1日至2023年12月31日)
        required = ("或" if self.either else "；").join(dict.fromkeys(t.raw for t in self.thresholds)) \
            or "、".join(self.statuses)
        # bars: a case that bars the act (能见度低于一千米 under 有下列情形之一的，不得出海): met = the asker is not in it
        return {"text": self.text, "required": required, "given": self.given, "verdict": self.verdict,
                "citation": citation, "bars": self.barring}


@dataclass(slots=True)
class Checks:
    rule: str  # "all" or "any"
    conditions: list[Condition]
    verdict: str
    citation: int  # the [n] of the list
    bearing: bool = True  # the founder's figures bear on some condition (else every one is unknown)
    asked_one: bool = False  # the one condition of the list the question asks about, not the whole list
    which: bool = False  # unknown because the asker's sum is within one sanction's range and not another's
    barring: bool = False  # a list of cases each barring the act: the asker may act only when in none of them
    told: bool = True  # the asker said something of their own (else they only asked whether they may)
    unmeasured: bool = False  # a list of requirements no figure settles: each the asker's to confirm

    def contract(self) -> dict:
        return {"rule": self.rule, "verdict": self.verdict,
                "conditions": [c.contract(self.citation) for c in self.conditions]}


@dataclass(frozen=True, slots=True)
class Figure:
    quantity: Quantity
    context: str  # the founder's words around it
    cumulative: bool
    last_year: bool
    year_before: bool
    part_of_year: bool = False  # 上半年, 三季度: one part of a year's figure
    own: str = ""  # the founder's words of its own clause (试用期约定的3个月), without the sentence around it
    year: int | None = None  # the calendar year it is said to be for (2023年营业收入500万元)
    each: bool = False  # one of several said after 分别 (两处…分别为150平方米和25平方米)

    @property
    def before(self) -> str:
        """The words of its own clause before it (试用期约定的 of 试用期约定的3个月)."""
        return self.own[:max(0, self.own.find(self.quantity.raw))]

    @property
    def after(self) -> str:
        """The words of its own clause after it (后办 of 10天后办)."""
        at = self.own.find(self.quantity.raw)
        return self.own[at + len(self.quantity.raw):] if at >= 0 else ""


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    t = _table()
    c = t["compare"]
    return {
        "not_yet": re.compile("(?:不满|未满|不足)\\s*$"),
        "ge": re.compile(f"(?:{c['before_ge']})\\s*$"), "gt": re.compile(f"(?:{c['before_gt']})\\s*$"),
        "ge_event": re.compile(f"(?:{c['before_ge_event']})\\s*$"),
        "ge_act": re.compile(c["before_ge_act"]), "le_act": re.compile(c["before_le_act"]),
        **{name: re.compile(c[name]) for name in ("notice_before", "notice_act", "notice_ago", "every_act")},
        "per_base": re.compile(c["per_base"]),
        "le": re.compile(f"(?:{c['before_le']})\\s*$"), "lt": re.compile(f"(?:{c['before_lt']})\\s*$"),
        **{f"{k}_share": re.compile(f"(?:{c['before_' + k]})([^，,；;。0-9]{{1,24}}?)的?\\s*$") for k in ("ge", "gt", "le", "lt")},
        "paid_share": re.compile(f"(?:{c['before_paid']})([^，,；;。0-9]{{1,24}}?)的?\\s*$"), "after_paid": re.compile(c["after_paid"]),
        "from_base": re.compile(c["from_base"]), "whole_base": re.compile(c["whole_base"]),
        "whole_act": re.compile(c["whole_act"]),
        **{name: re.compile(c[name]) for name in ("after_ge", "after_le", "after_gt", "after_lt", "inclusive", "range",
                                                  "until_reached")},
        "currency": re.compile(c["currency"], re.IGNORECASE),
        "currency_after": re.compile(c["currency_after"], re.IGNORECASE),
        "round_the_clock": re.compile(c["round_the_clock"]),
        "zone": re.compile(c["zone"]), "zone_out": re.compile(c["zone_out"]), "zone_ahead": re.compile(c["zone_ahead"]),
        "any": re.compile(f"{_SCOPE.pattern}(?:[：:]|\\s*$)|{t['combine']['any']}"),
        "all": re.compile(t["combine"]["all"]),
        "another_way": re.compile(f"{t['combine']['another_way_always']}|{t['combine']['alternative']}"),
        "duties": re.compile(t["combine"]["duties"]),
        "categories": re.compile(t["combine"]["categories"]),
        "another_way_always": re.compile(t["combine"]["another_way_always"]),
        "definitions": re.compile(t["definitions"]["lead"]), "defined": re.compile(t["definitions"]["term"]),
        "meaning": re.compile(t["definitions"]["meaning"]),
        "cumulative": re.compile(t["periods"]["cumulative"], re.IGNORECASE),
        "last_year": re.compile(t["periods"]["last_year"], re.IGNORECASE),
        "year_before": re.compile(t["periods"]["year_before"], re.IGNORECASE),
        "part_of_year": re.compile(t["periods"]["part_of_year"], re.IGNORECASE),
        "negation": re.compile(t["negation"]["before"], re.IGNORECASE),
        "none": re.compile(t["negation"]["none"]),
        "none_time": re.compile(t["negation"]["none_time"]),
        "pending": re.compile(t["negation"]["pending"]),
        "clause_negation": re.compile(t["negation"]["clause"], re.IGNORECASE),
        "not_after": re.compile(t["negation"]["after"]),
        "whether": re.compile(t["asking"]["whether"]),
        "asks_of": re.compile(t["asking"]["asks_of"]), "points_at": re.compile(t["asking"]["points_at"]),
        "asks_share": re.compile(t["asking"]["share"]),
        "whether_en": re.compile(t["asking"]["whether_en"], re.IGNORECASE | re.MULTILINE),
        "when": re.compile(t["situation"]["when"], re.IGNORECASE),
        "unsure": re.compile(t["situation"]["unsure"], re.IGNORECASE),
        "unsure_which": re.compile(t["situation"]["unsure_which"], re.IGNORECASE),
        "state_since": re.compile(f"(?:{t['situation']['state']})\\s*(?:了|已经|已|有)?\\s*$"),
        "person_rule": re.compile(t["persons"]["rule"]),
        "shared_persons": re.compile(t["shared_comparator"]["persons"]),
        **{f"person_{k}": re.compile(v, re.IGNORECASE) for k, v in t["persons"].items() if k != "rule"},
    }


def asks_whether(question: str, english: bool = False) -> bool:
    """Whether the question asks if the asker meets something (能毕业吗, 够不够, Can we graduate?), in one of
    its sentences, rather than what a rule is or how something is done (利润怎么分, 按什么原则招企业)."""
    folded = fold(question)
    sentences = [s for s in re.split(r"(?<=[。？?！!；;\n])|(?<=\.)\s", folded) if s.strip()]
    pattern = _patterns()["whether_en" if english else "whether"]
    return any(pattern.search(s.strip()) for s in sentences) or (not english and _a_not_a_slip(folded))


_A_NOT_B = re.compile(r"([\u4e00-\u9fff])不([\u4e00-\u9fff])")


def _mended(turns: list[str], items: list[str]) -> list[str]:
    """The asker's words with their slips of sound mended to the list's own words (福化器 -> 孵化器, 类计 -> 累计, 在福企业
    -> 在孵企业): a run of two or three characters that is no word of the dictionary, sounds as a word of the list does
    and differs from it by one character. Only where the asker's words break down into single characters and words
    the dictionary lacks (类|计), so a word of theirs (研发, 孵化期限) is never touched."""
    freq, _ = dictionary()
    out = []
    for turn in turns:
        simplified = to_simplified(turn)  # the characters the dictionary holds (寶寶 is 宝宝, no slip)
        turn = simplified if len(simplified) == len(turn) else turn
        loose = [False] * len(turn)
        at = 0
        for token in tokenizer().lcut(turn, HMM=False):
            if len(token) == 1 or not freq.get(token):
                loose[at:at + len(token)] = [True] * len(token)
            at += len(token)
        chars = list(turn)
        for run in re.finditer(r"[\u4e00-\u9fff]{2,}", turn):
            spans = [(i, i + n) for n in (3, 2) for i in range(run.start(), run.end() - n + 1) if all(loose[i:i + n])]
            if not spans:
                continue
            syllables = lazy_pinyin(run.group())
            sounds = _sounds(tuple(items))
            for start, end in spans:
                piece = "".join(chars[start:end])
                if freq.get(piece) or piece in sounds[1]:
                    continue
                word = sounds[0].get("".join(syllables[start - run.start():end - run.start()]))
                if word and sum(a != b for a, b in zip(word, piece)) == 1:
                    chars[start:end] = list(word)
        out.append(_mended_words("".join(chars), items))
    return out


def _mended_words(turn: str, items: list[str]) -> str:
    """A word of the dictionary typed for a list's word of the same sound (入住小微企业 for 入驻的小微企业), where the
    list has no such word and the asker's next two characters follow the list's word within a few characters there."""
    sounds, text = _sounds(tuple(items))
    freq, _ = dictionary()
    chars = list(turn)
    mended = -1  # the end of the last word mended: words overlap in the scan
    for m in re.finditer(r"(?=([\u4e00-\u9fff]{2})(?:的)?([\u4e00-\u9fff]{2}))", turn):
        piece, after = m.group(1), m.group(2)
        if piece in text or not freq.get(piece) or m.start() < mended:
            continue
        word = sounds.get("".join(lazy_pinyin(piece)))
        if not word or sum(a != b for a, b in zip(word, piece)) != 1:
            continue
        if any(after in text[i + 2:i + 2 + 5] for i in (k.start() for k in re.finditer(re.escape(word), text))):
            chars[m.start():m.start() + 2] = list(word)
            mended = m.start() + 2
    return "".join(chars)


@functools.lru_cache(maxsize=256)
def _sounds(items: tuple[str, ...]) -> tuple[dict[str, str], str]:
    """The list's words of two and three characters by their sound (toneless pinyin), and all its text."""
    sounds: dict[str, str] = {}
    for run in _HAN_RUN.findall("".join(items)):
        syllables = lazy_pinyin(run)
        for n in (3, 2):
            for i in range(len(run) - n + 1):
                sounds.setdefault("".join(syllables[i:i + n]), run[i:i + n])
    return sounds, "".join(items)


def _a_not_a_slip(folded: str) -> bool:
    """够不购: an A-not-A question whose second A was typed as another character of the same sound and tone
    (买不卖 is no slip: another tone, another word)."""
    def sound(ch: str) -> list[str]:
        return lazy_pinyin(ch, style=Style.TONE3)

    return any(a != b and sound(a) == sound(b) for a, b in _A_NOT_B.findall(folded))


def defined_items(lead: str, items: list[str], turns: list[str]) -> list[str] | None:
    """Of a list of definitions (本法下列用语的含义是：), the items whose term the asker names (算不算高含硫天然气):
    each defines its own term and is checked alone; None when the lead introduces no definitions."""
    if not _patterns()["definitions"].search(fold(lead)):
        return None
    said = fold(" ".join(turns))
    return [t for t in items if (m := _patterns()["defined"].match(fold(t))) and m.group(1).strip() in said]


def combine_rule(heading: str, default: str = "all") -> str:
    """"any" for 至少符合下列条件中的一项, "all" for 同时具备 / 应具备以下条件, "any" for a list of kinds the rule
    applies to (下列建设工程项目…必须实行监理); `default` when it says none of these."""
    text = fold(heading)
    if _patterns()["any"].search(text):
        return "any"
    if _patterns()["all"].search(text):
        return "all"
    return "any" if _patterns()["categories"].search(text) else default


def thresholds(text: str) -> list[Threshold]:
    """The measurable requirements of one condition: a number with its unit and a comparison."""
    return [t for t, _, _ in _thresholds(fold(text))]


def _thresholds(folded: str) -> list[tuple[Threshold, int, int]]:
    """Thresholds with the span (in the folded text) of the words that state each one."""
    p = _patterns()
    out: list[tuple[Threshold, int, int]] = []
    previous_end = 0  # a second threshold's words start after the first one (…超过500万元或上年营业总收入…)
    found, bare = _with_bare_ends(folded, quantities(folded))
    for k, q in enumerate(found):
        before = folded[:q.start]
        after = folded[q.end:]
        op, suffix, base, shared, reached = "", 0, "", False, False
        # 百分之三至百分之五, 一至三年: a range of one unit (not dates: 1月1日至6月30日)
        ranged_with = [o for o in (found[k - 1] if k else None, found[k + 1] if k + 1 < len(found) else None)
                       if o is not None and o.unit == q.unit
                       and (q.dimension not in ("months", "days") or "工作日" in q.unit or bare & {id(o), id(q)})
                       and p["range"].match(folded[min(o.end, q.end):max(o.start, q.start)])]
        # 至少连续2年, 不低于人民币2000万元: the comparison comes before 连续, or before the currency, or before the
        # event the time counts from (最迟不得超过自收到委托书之日起两个月)
        lead = re.search(r"(?:连续|累计)$", before) or p["currency"].search(before) \
            or (q.dimension in _TIMES and _ANCHOR_LEAD.search(before))
        core = before[:lead.start()] if lead else before
        for name, sign in (("not_yet", "<"), ("ge", ">="), ("le", "<="), ("gt", ">"), ("lt", "<"), ("ge_event", ">=")):
            m = p[name].search(core)
            if m:
                op, before = sign, core[:m.start()]
                # 年满三周岁: reaching that figure (not 届满, 期满: the end of a term, 届满六个月前 being ahead of it)
                reached = name == "ge" and m.group().rstrip().endswith("满") and core[m.start() - 1:m.start()] not in "届期"
                # 最低保修期限为二年: the words between 最低 and 为 are what is measured
                inner = re.match(r"(?:最低|最高|最长|最多)([^为]{1,6})为", m.group())
                before += inner.group(1) if inner else ""
                break
        m = None if op else p["ge_act"].search(core)
        # 每10家在孵企业至少配备1名: a ratio, read as one only where both counts are counts of something (_per_count)
        if m and (not p["per_base"].search(core[:m.start()]) or _PER_COUNT.search(core[:m.start()])
                  and q.dimension == "count"):
            op, before = ">=", core[:m.start()] + m.group(1)  # 每年至少开展两次应急演练: the act (开展) is measured too
        m = None if op or re.match(r"[^，,。；;]{0,2}[”\"》」]", after) else p["le_act"].search(core)
        if m:  # 只能变更一次: at most, the act (变更) measured too (not a name in quotes: “最多跑一次”改革)
            op, before = "<=", core[:m.start()] + m.group(1)
        if not op and q.dimension in _TIMES and p["notice_before"].search(core) and p["notice_act"].match(after):
            op = ">="  # 在出售前三个月通知: at least three months ahead
        m = None if op or q.dimension not in _TIMES else p["notice_ago"].match(after)
        if m:  # 会议召开15日以前通知: at least fifteen days ahead
            op, suffix = ">=", m.end()
        if not op and q.dimension == "hours" and p["round_the_clock"].search(core):
            op = ">="  # 实行24小时应急值班: so many hours of it a day, no fewer
        if not op and q.dimension in _TIMES and re.search(r"每\s*$", core) and p["every_act"].match(after):
            op = "<="  # 每半年向…报告: the time since the last report at most half a year
        if not op and q.dimension == "percent":
            # 不低于众创空间总面积的15%, 不超过应纳税所得额百分之三十: a share, its base between comparison and number
            for name, sign in (("ge", ">="), ("le", "<="), ("gt", ">"), ("lt", "<")):
                m = p[name + "_share"].search(core)
                if m:
                    op, before, base, shared = sign, core[:m.start()] + core[m.start(1):m.end(1)], m.group(1), True
                    break
            m = p["paid_share"].search(core)
            if not op and m and p["after_paid"].match(after):
                # 按照职工日工资收入的300%支付: what is owed to someone, the least the payer may pay
                op, before, base = ">=", core[:m.start()] + core[m.start(1):m.end(1)], m.group(1)
        m = p["from_base"].search(before) if op and not base and q.dimension == "percent" else None
        if m:  # 从技术交易的净收入中提取不低于20%: a share of the sum it is taken from
            base = m.group(1)
        named = p["currency_after"].match(after)  # 一百万元人民币以上: the currency between sum and comparison
        skip = named.end() if named else 0
        for name, sign in (("after_gt", ">"), ("after_lt", "<"), ("after_ge", ">="), ("after_le", "<=")):
            m = p[name].match(after[skip:])
            if m:
                # the word right after the number decides over one a share's base away from it (出资数额最多且占…
                # 总额的30%以上: 最多 is "the largest", 以上 the comparison)
                op, suffix = sign if shared else op or sign, skip + m.end()
                break
        m = p["paid_share"].search(before) if op and not base and q.dimension == "percent" else None
        if m:  # 按照项目投资总额的百分之三十以上投入: a share of the sum it is reckoned by
            base = m.group(1)
        m = _SHARE_OF.search(core) if op and not base and q.dimension == "percent" \
            and not any(p[name].search(core) for name in ("ge", "gt", "le", "lt", "not_yet")) else None
        if m:  # 林业用地面积占土地总面积百分之五十以上: a share of the whole named after 占, the comparison after the number
            base = m.group(1)
        m = p["whole_base"].search(before) if op and not base and q.dimension == "percent" else None
        if m:  # 已完成房地产开发项目投资总额的百分之二十五以上: a share of the total named before it
            base = p["whole_act"].sub("", m.group(1))
        until = p["until_reached"].match(after[skip:]) if reached else None
        if until:  # 在其子女年满三周岁之前: before the child reaches three, so below three
            op, suffix = "<", skip + until.end()
        m = p["inclusive"].match(after[suffix:])
        if m and op:  # 以上(含百分之六十): the bracket is part of the comparison, whatever follows is what it measures
            op, suffix = op if op.endswith("=") else op + "=", suffix + m.end()
        zone = p["zone"].match(after[skip:]) if q.dimension == "length" else None
        out_zone = q.dimension == "length" and op in (">=", ">") and not zone and p["zone_out"].search(before) \
            and p["zone_ahead"].match(after)  # 河口每侧向外不少于100米、…以内的区域
        wider = bool(zone or out_zone) and op in (">=", ">")  # 每侧不少于一百米的区域: at least that wide
        if zone:  # 两岸各二百米范围内, 堤岸每侧不少于一百米的区域: a zone that wide; whatever lies that near is in it
            op, suffix = "<=", skip + zone.end()
        elif out_zone:
            op = "<="
        if not op and q.raw == "半数" and before.endswith("过"):  # 过半数: more than half
            op, before = ">", before[:-1]
        also = None
        if not op and out and out[-1][0].op == ">=" and out[-1][0].dimension == q.dimension == "count" \
                and (also := _ALSO.search(folded[previous_end:q.start])):
            # 至少配备1名专业孵化服务人员和1名创业导师: the second count is bound as the first, per the same base
            op, before = ">=", out[-1][0].noun.split(" ", 1)[0]
        if not op and ranged_with:
            # the smaller end is the floor, in either order (届满前90个工作日至30个工作日期间: 30 to 90)
            op = ">=" if q.value < ranged_with[0].value or (q.value == ranged_with[0].value and ranged_with[0].start > q.start) else "<="
            if q.dimension == "percent":  # 按照职工工资总额的百分之一点五至百分之二点五: both ends shares of one sum
                m = p["paid_share"].search(before)
                base = m.group(1) if m else out[-1][0].base if out and out[-1][0].dimension == "percent" else ""
        if not op:
            continue
        clause_start = max([m.end() for m in _CLAUSE.finditer(before)] + [previous_end], default=0)
        if clause_start > previous_end and folded[clause_start - 1] in "，," \
                and _BARE_LEAD.fullmatch(before[clause_start:].strip()):
            # …的出资比例，最终不得超过49%: a clause with no words of its own measures what the one before it names
            clause_start = max([m.end() for m in _CLAUSE.finditer(before[:clause_start - 1])] + [previous_end], default=0)
        connector = ""
        while folded[clause_start:clause_start + 1] in ("或", "和", "且", "并", "但"):
            connector += folded[clause_start]
            clause_start += 1
            if connector.endswith("或") and folded[clause_start:clause_start + 1] == "者":  # 或者: one word
                connector += "者"
                clause_start += 1
        end = q.end + suffix
        # 连续2年报送…统计数据: the measured thing after (not a bracket's rule for a category: （专业孵化器的…15家）)
        tail = re.match(r"[^，,；;。：:或(（]*", folded[end:]).group()
        # the words it measures, without the item's number (第二十条 …): the number is no part of what is measured
        own = "" if p["range"].match(before[clause_start:]) else _ITEM_NUMBER.sub("", before[clause_start:])
        if also:
            clause_start, own = previous_end + also.end(), before
        tail = _ALSO_COUNT.split(tail, maxsplit=1)[0]
        # 五年以上幼儿园教师或者幼儿园管理工作经历: the things the figure counts may be of either name
        alternative = m.group(1) if (m := _W["alternative"].match(folded[end + len(tail):])) and tail else ""
        # 水深不小于一点五米、底宽不小于十二米: after 、 the next bound's own words, none of this one's
        tail = _NEXT_BOUND.split(tail, maxsplit=1)[0]
        if id(q) in bare:  # 每方三至十人: what the range measures is said after its upper end, which takes it
            tail = ""
        between = folded[previous_end:q.start]
        ranged = out and not own and len(between) <= 6 and not re.search(r"[，,；;。]", between)  # 十八周岁以上三十五周岁以下
        # …十年以内的登记失业人员: after a duration, 的 names who has it, not what is measured (500平方米的服务场地)
        said_of = "" if q.dimension in ("months", "days", "age") and own.strip() and tail.startswith("的") else tail
        if _in_window(folded[:end]) and (not tail or tail.startswith("、")):
            # 3个月内，当事人无正当理由未办理…的: what must not happen inside the window follows its own subject;
            # …五年内、…三年内，不得再进行…: what the rule forbids inside the windows follows the last of them
            late = None if tail else _WINDOW_THEN.match(folded[end:])
            late = late or _WINDOW_FORBIDS.match(folded[end:])
            said_of = late.group(1) if late else said_of
        noun = (own or (out[-1][0].noun if ranged else "")) + " " + said_of
        out.append((Threshold(op, q.value, q.dimension, folded[clause_start:end].strip(), noun,
                              bool(_SEVERAL_YEARS.search(noun)), bool(re.search(r"上年|上一年", noun)), base,
                              wider=wider, spanned=bool(ranged_with) and bool(bare & {id(q), *map(id, ranged_with)}),
                              alternative=alternative),
                    clause_start - len(connector), end + len(tail)))
        previous_end = end
    windows = _window_thresholds(folded)
    dated = _date_thresholds(folded, [(a, b) for t, a, b in windows if t.dimension in DATES])
    return sorted(out + dated + windows, key=lambda x: x[1]) if dated or windows else out


def _window_thresholds(folded: str) -> list[tuple[Threshold, int, int]]:
    """The windows of time a rule allows what it names in (限于8时至24时) or bans it in (每日二十时至次日八时…禁止…;
    每年10月至次年3月为本市白天鹅重点保护期), as the two ends the asker's time must keep: inside an allowed window
    (at or after its start and at or before its end, or either when it wraps round midnight or the new year), outside
    a banned one (before its start or after its end, or both when it wraps: after 8 and before 20 of 二十时至次日八时).
    A window neither allowed nor banned in its sentence bounds nothing."""
    out: list[tuple[Threshold, int, int]] = []
    for start, end, low, high, dimension in time_windows(folded):
        begin = max([m.end() for m in re.finditer(r"[。；;]", folded[:start])], default=0)
        stop = re.search(r"[。；;]", folded[end:])
        sentence = folded[begin:end + (stop.start() if stop else len(folded) - end)]
        # its own clause says which (不得在每日二十二时至次日八时…; 为本市白天鹅重点保护期), else the nearest clause before
        # it that says (夜间，是指晚上十点至次日早晨六点…), else the first after it (每日二十时至次日八时，在…内，禁止…)
        clause_start = max([m.end() for m in _CLAUSE.finditer(folded[:start])], default=0)
        after = _CLAUSE.split(folded[clause_start:begin + len(sentence)])
        before = _CLAUSE.split(folded[begin:clause_start])[::-1] if clause_start > begin else []
        said = [(bool(_W["window_allowed"].search(c)), bool(_W["window_banned"].search(c)))
                for c in after[:1] + before + after[1:]]
        allowed, banned = next((s for s in said if any(s)), (False, False))
        if not allowed and not banned:
            continue
        # a banned span of the clock ends at its last hour (二十三时至次日六时: at 6 o'clock sharp it is over); a banned
        # day or month is banned all through
        ends = [(">=", low), ("<=", high)] if allowed else [("<", low), (">=" if dimension == "clock" else ">", high)]
        joined = "either" if allowed == (high < low) else "both"
        noun = f"{_ITEM_NUMBER.sub('', folded[begin:start])} {folded[end:begin + len(sentence)]}"
        out += [(Threshold(op, value, dimension, folded[start:end], noun, False, False, window=joined),
                 clause_start, begin + len(sentence)) for op, value in ends]
    return out


def _date_thresholds(folded: str, windows: list[tuple[int, int]] = ()) -> list[tuple[Threshold, int, int]]:
    """The calendar days a rule bounds: on or after one (2024年1月1日以后认定的), on or before one (每年3月31日前报送,
    截至2025年12月31日), or between two (2019年1月1日至2023年12月31日认定的). A written year makes a date; none (每年)
    a day of every year; a day a text comes into force (自…起施行) bounds nothing of the asker's."""
    days = [q for q in calendar_days(folded) if q.unit == "日"
            and (q.dimension == "date") == bool(re.match(r"(?:19|20)\d\d", q.raw))
            and not any(a <= q.start < b for a, b in windows)]  # (a window allowed or banned: `_window_thresholds`)
    out: list[tuple[Threshold, int, int]] = []
    k = 0
    while k < len(days):
        q = days[k]
        clause_start = max([m.end() for m in _CLAUSE.finditer(folded[:q.start])], default=0)
        nxt = days[k + 1] if k + 1 < len(days) else None
        if nxt and nxt.dimension == q.dimension and _patterns()["range"].match(folded[q.end:nxt.start]) \
                and nxt.value > q.value:
            ends, end = [(">=", q), ("<=", nxt)], nxt.end  # 2019年1月1日至2023年12月31日
            k += 2
        else:
            after, by = _W["date_after"].match(folded[q.end:]), _W["date_by"].search(folded[clause_start:q.start])
            before = None if after else _W["date_before"].match(folded[q.end:])
            k += 1
            if _W["date_in_force"].match(folded[q.end + (after.end() if after else 0):]) or not (after or before or by) \
                    or after and after.group().strip() == "起" and _W["date_from"].search(folded[:q.start]):
                continue
            op, m = (">=", after) if after else ("<=", before or None)
            ends, end = [(op, q)], q.end + (m.end() if m else 0)
        tail = re.match(r"[^，,；;。：:或(（]*", folded[end:]).group()
        if _thresholds(tail):
            continue  # 当年十二月三十一日以前年满十八至二十二岁, 1993年7月1日后中断使用3年以上: the day another measure is of
        noun = f"{_ITEM_NUMBER.sub('', folded[clause_start:ends[0][1].start])} {tail}"
        raw = re.sub(r"^(?:以及|及|和|或者|或)", "", folded[clause_start:end].strip())  # 以及2019年1月1日至…: no connector
        for op, day in ends:
            out.append((Threshold(op, day.value, day.dimension, raw, noun, False, False,
                                  spanned=len(ends) == 2), clause_start, end + len(tail)))
    return out


_BARE_NUMBER = r"(?<![0-9零一二两三四五六七八九十百千万.月年日号])([0-9]+(?:\.[0-9]+)?|[零一二两三四五六七八九十百千]+)"
_LEADING_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?|[零一二两三四五六七八九十百千万]+")


@functools.cache
def _bare_end() -> re.Pattern[str]:
    """A number, then the words that join a range's ends (quantities.toml `range`: 至, 到, —), at the text's end."""
    return re.compile(_BARE_NUMBER + _patterns()["range"].pattern.lstrip("^"))


@functools.cache
def _asker_range() -> re.Pattern[str]:
    """A figure the asker gives as a range (三到五周, 3-5个月): its two numbers, joined by the words that join a
    range's ends (quantities.toml `range`), then its unit."""
    number = r"([0-9]+(?:\.[0-9]+)?|[零一二两三四五六七八九十百千]+)"
    return re.compile(number + _patterns()["range"].pattern.strip("^$") + number + r"\D.*")


def _with_bare_ends(folded: str, found: list[Quantity]) -> tuple[list[Quantity], set[int]]:
    """The quantities, and before each the lower end of a range that names its unit once (一至三年, 三至九名, 3—5%):
    that end in the same unit; with the ids of the ends so made (no date: 1月1日至6月30日 names both units)."""
    out: list[Quantity] = []
    made: set[int] = set()
    for q in found:
        m = _bare_end().search(folded[:q.start])
        head = _LEADING_NUMBER.match(q.raw)
        low = parse_number(m.group(1)) if m else None
        high = parse_number(head.group()) if head else None
        if low is not None and high and 0 < low < high and not (out and out[-1].end > m.start(1)):
            end = dataclasses.replace(q, value=q.value * low / high, start=m.start(1), end=m.end(1),
                                      raw=m.group(1) + q.unit)
            out.append(end)
            made.add(id(end))
        out.append(q)
    return out, made


def _raw_end(folded: str, t: tuple[Threshold, int, int]) -> int:
    """Where the threshold's own words (…超过500万元) end in the folded text."""
    i = folded.find(t[0].raw, t[1])
    return i + len(t[0].raw) if i >= 0 else t[2]


def conditions(items: list[str], *, whole: bool = False) -> list[Condition]:
    """The conditions of a list: one per threshold (thresholds joined by 或 make one, either being enough),
    and one per item that requires a status (经国家备案通过的高新技术企业) without a number. With `whole` (the
    items are a whole list), an item that neither measures nor names a status is a condition too, always
    unknown (具有完善的规章制度): the list's verdict must not forget it."""
    return [dataclasses.replace(c, case=dataclasses.replace(c.case) if c.case else None)
            for c in _conditions(tuple(items)) if (whole or c.thresholds or c.statuses and (
                _LIST_ITEM.match(items[c.item]) or _STATUS_RULE.search(c.text))) and not _CATCH_ALL.search(c.text)]


@functools.lru_cache(maxsize=4096)
def _conditions(items: tuple[str, ...]) -> tuple[Condition, ...]:
    out = []
    statuses = _table()["statuses"]
    for n, text in enumerate(items):
        # 男60岁、女50岁以下: each sex's figure with the comparison said once after the last
        text = _patterns()["shared_persons"].sub(r"\1\4\2\3\4", text)
        folded = fold(text)
        found = _thresholds(folded)
        case_item = bool(_LIST_ITEM.match(folded)) and bool(re.search(r"的\s*[；;。]?\s*$", folded))
        groups: list[list[tuple[Threshold, int, int]]] = []
        joins: list[bool] = []  # per group: True when its thresholds are alternatives (或)
        joint: list[bool] = []  # per group: True when it is stated with 且 after the one before it
        by_case: list[bool] = []  # per group: joint as a clause of the item's one case (its own words join them)
        for t in found:
            prev = groups[-1][-1] if groups else None
            gap = folded[_raw_end(folded, prev):t[1] + 1] if prev else ""  # up to and with its connector (或)
            windows = bool(t[0].window) or bool(prev) and bool(prev[0].window)  # a window joins no other measure
            if prev and t[0].window and prev[0].window and (t[0].raw, t[1]) == (prev[0].raw, prev[1]) \
                    and len(groups[-1]) == 1:
                groups[-1].append(t)  # a window's two ends: both hold, or either (outside a banned 12时至14时)
                joins[-1] = t[0].window == "either"
            elif prev and not windows and "或" in gap and not re.search(r"[；;。]", gap):
                groups[-1].append(t)
                joins[-1] = True
            elif prev and not windows and prev[0].dimension == t[0].dimension == "count" and t[0].op == prev[0].op == ">=" \
                    and _ALSO.search(folded[_raw_end(folded, prev):t[1]]):
                groups[-1].append(t)  # 至少配备1名专业孵化服务人员和1名创业导师: one condition, both counts hold
            elif prev and not windows and _another_period(groups[-1], t[0]):
                # 2018年12月31日以前认定的…，以及2019年1月1日至2023年12月31日认定的…: periods apart, one day is in one of them
                groups[-1].append(t)
                joins[-1] = True
            elif prev and not windows and prev[0].dimension == t[0].dimension and prev[0].op[0] != t[0].op[0] and len(gap) <= 2 \
                    and (not re.search(r"[，,；;。(（、]", gap) or (gap[:1] in "，,、" and not _OWN_WORDS.sub("", t[0].noun))):
                # 超过三十五周岁不满四十五周岁, 不大于10厘米，不小于5厘米 (no words of its own after the comma): a range (a
                # floor and a ceiling), both hold
                groups[-1].append((dataclasses.replace(t[0], noun=prev[0].noun), t[1], t[2]) if not t[0].noun.strip() else t)
            else:
                # 不少于50家且每千平方米平均…不少于3家: two measures, each a condition of its own, held together; so are
                # the clauses of one case (假冒两项以上他人专利，非法经营数额在十万元以上…的): a case is all its clauses
                together = bool(prev) and not re.search(r"[；;。]", gap) and bool(_AND.search(gap)) \
                    or bool(prev) and bool(t[0].window) and bool(prev[0].window) and prev[2] == t[2]  # 12时至14时、18时至次日8时
                if together and "但" in gap and (re.search(r"延长|延期|特殊", t[0].raw) or "可以" in prev[0].raw):
                    together = False  # 但延长时间最多不得超过三十日 is an extension; 可以多于5天，但… a permission's bound
                # …but not parallel cases (女满四十周岁以上、男满五十周岁以上的: either one)
                one_case = bool(prev) and case_item and not re.search(r"[；;。、]|的\s*[，,]", gap)
                joint.append(together or one_case)
                by_case.append(one_case and not together)
                groups.append([t])
                joins.append(False)
        case = None
        subject = ""  # the words a threshold measures, for the next ones that leave them out (…不满六个月的；满六个月…)
        previous_end = 0
        for k, (g, either) in enumerate(zip(groups, joins)):
            start, end = g[0][1], g[-1][2]
            # one case's clauses are joined by the words between them (…行政处罚，又虚开发票，票面金额…)
            glue = (text[previous_end:start].strip(" ") if 0 < previous_end <= start else "，") if by_case[k] else "且"
            if k + 1 < len(groups):
                end = min(end, groups[k + 1][0][1])  # up to the next condition (且, 、) stated with it
            previous_end = end
            condition = Condition(text=_ITEM_NUMBER.sub("", text[start:end]).strip(" ，,；;。且、") or text.strip(),
                                  thresholds=[t for t, _, _ in g], either=either, item=n, joint=joint[k], glue=glue)
            # a status it names besides its measure (具有本省户籍的八十周岁以上老年人): to be said too
            condition.statuses = [s for s in _QUALIFYING if s in fold(condition.text)]
            if case is not None:
                condition.case, condition.text = case, f"{case.text}，{condition.text}"
                case = None
            if condition.case is None and _has_noun(condition.thresholds[0].noun):
                subject = _own_noun(condition.thresholds[0].noun)  # what a chain of cases after it measures
            following = groups[k + 1] if k + 1 < len(groups) else None
            gap = folded[_raw_end(folded, g[-1]):following[0][1]] if following else ""
            # …不足1万元的，并处1万元以上…罚款: the case's sanction is its rule
            sanction = bool(following) and bool(_SANCTION_JOINED.match(folded, following[0][1]))
            if following and (_CASE.fullmatch(gap) or _CASE_OF.fullmatch(gap) and "不得" in following[0][0].raw) \
                    and (folded[following[0][1]:following[0][1] + 1] not in ("或", "和", "且", "并") or sanction):
                if not _has_noun(condition.thresholds[0].noun) and subject:  # 满一年不满三年的: the subject said before
                    condition.thresholds = [dataclasses.replace(t, noun=f"{subject} {t.noun}") for t in condition.thresholds]
                case = condition  # …不满三年的，试用期不得超过二个月: the next threshold is the rule for this case
                continue
            out.append(condition)
        _extend(out, n, folded)
        if not found:
            held = [s for s in statuses if s in folded]
            if _POSSESSION.match(_ITEM_NUMBER.sub("", folded)):  # 有书面合伙协议: having it is the condition
                held += [s for s in _table()["possessions"] if s in folded and s not in held]
            plain = _ITEM_NUMBER.sub("", text).strip()
            if held or plain:
                out.append(Condition(text=plain, statuses=held, item=n))
    return tuple(out)


def _another_period(group: list[tuple[Threshold, int, int]], t: Threshold) -> bool:
    """Whether a rule's bound on a calendar day starts a period apart from the one the group before bounds (on or
    after a day past its end, on or before a day ahead of its start): no day is in both, so they are alternatives."""
    if t.dimension not in DATES or any(g.dimension != t.dimension for g, _, _ in group) or t.spanned and t.op[0] == "<":
        return False
    low = max((g.value for g, _, _ in group if g.op[0] == ">"), default=None)
    high = min((g.value for g, _, _ in group if g.op[0] == "<"), default=None)
    return t.op[0] == ">" and high is not None and t.value > high or t.op[0] == "<" and low is not None and t.value < low


def _extend(out: list[Condition], item: int, folded: str) -> None:
    """A time limit that may be extended (…三个工作日内作出处理；…经批准后，可以延长三个工作日; 延长期限最长不得超过二个月)
    carries the extension: the extension is no condition of its own, and past the limit but within the extension
    the asker is in time only if it was granted."""
    for total, m in [(False, m) for m in _EXTENSION.finditer(folded)] + \
            [(True, m) for m in _EXTENSION_TOTAL.finditer(folded)]:
        found = [q for q in quantities(m.group(1)) if q.dimension in _TIMES]
        if not found:
            continue
        mine = [c for c in out if c.item == item]
        # the extension stated as a ceiling of its own (延长期限最长不得超过二个月; 但累计不得超过二十个工作日) is not a
        # condition…
        ceilings = [c for c in mine if c.thresholds and c.thresholds[0].dimension in _TIMES
                    and ("延长" in c.text or (total and fold(c.text) in m.group()))]
        limits = [(c, k) for c in out if c.item == item and c not in ceilings for k, t in enumerate(c.thresholds)
                  if t.dimension in _TIMES and t.op in ("<", "<=") and folded.find(t.raw) < m.start()]
        if not limits and item > 0 and len(ceilings) == len(mine):
            # …of the limit of the provision before, when it is all its own (三十日内结案。| 情况复杂的…可以延长，但延长
            # 时间最多不得超过三十日)
            limits = [(c, k) for c in out if c.item == item - 1 for k, t in enumerate(c.thresholds)
                      if t.dimension in _TIMES and t.op in ("<", "<=")]
        for c in ceilings if limits else []:
            out.remove(c)
        if limits:
            c, k = limits[-1]
            t = c.thresholds[k]
            same = [(o, j) for o, j in limits if o is not c and o.thresholds[j].value == t.value
                    and o.thresholds[j].dimension == t.dimension]
            if same and len(c.thresholds) == 1 and _W["unable"].search(c.text):
                # 12个月内完成变更；情况复杂，12个月内不能完成变更的，经…批准，可以延长6个月: the case restates the first
                # limit, whose extension it is; no condition of its own
                out.remove(c)
                c, k = same[0]
                t = c.thresholds[k]
            more = _value(found[0], t.dimension) - (t.value if total else 0.0)
            if more > 0:
                c.thresholds[k] = dataclasses.replace(t, extension=more)
    for m in [*_EXTENSION_OPEN.finditer(folded), *_UNCOUNTED.finditer(folded)]:
        # extended by approval with no bound, or some time not counted: how far past the limit before it one may be is
        # unsaid
        limits = [(at, c, k) for c in out if c.item == item for k, t in enumerate(c.thresholds)
                  if t.dimension in _TIMES and t.op in ("<", "<=") and -1 < (at := folded.find(t.raw)) < m.start()]
        if limits:
            _, c, k = max(limits, key=lambda limit: limit[0])
            if not c.thresholds[k].extension:
                uncounted = m.group(1) if m.re is _UNCOUNTED else ""
                c.thresholds[k] = dataclasses.replace(c.thresholds[k], extension=math.inf, uncounted=uncounted)


def _zone_before_ban(text: str, t: Threshold) -> bool:
    """Whether a zone is named first and its ban after it, in its sentence (公路隧道上方和洞口外一百米范围内，以及…，
    不得进行爆破作业), or its leave (…五百米范围内…进行爆破作业，应当…经…批准): whatever lies that near is barred."""
    if t.dimension != "length" or t.op not in ("<", "<=") or not _WINDOW_END.search(t.raw):
        return False
    at = fold(text).find(fold(t.raw))
    rest = re.split(r"[。；;]", fold(text)[at + len(t.raw):], maxsplit=1)[0] if at >= 0 else ""
    return bool(_BARS.search(rest) or _PERMIT.search(rest))


def _barred_case(text: str, raw: str) -> bool:
    """Whether the threshold ends a case whose consequence bars what the text allows elsewhere (可以启动反倾销调查 …
    不足…25%的，不得启动反倾销调查), not a rung of a ladder of cases (不满六个月的，不得设试用期)."""
    at = text.find(raw)
    m = _PROVISO.match(text, at + len(raw)) if at >= 0 else None
    return m is not None and re.search(f"(?:可以|方可|准予|应当|应予)(?:[^，,。；;]{{0,4}})?{re.escape(m.group(1))}", text) is not None


def _different_measures(conds: list[Condition]) -> bool:
    """Whether limits measure different things (氧气, 二氧化碳, 空气温度), not one thing in different places or for
    different kinds (…建设控制地带内建筑高度, 街坊建筑高度): their measured words share nothing. (Limits stated together,
    每日不得超过三小时，但是每月不得超过三十六小时, are one condition already.)"""
    nouns = [_pieces(_own_noun(t.noun)) - measure_words() for c in conds for t in c.thresholds[:1]]
    return len(nouns) == len(conds) and all(nouns) and all(
        not (nouns[i] & nouns[j]) for i in range(len(nouns)) for j in range(i + 1, len(nouns)))


def _in_window(text: str) -> bool:
    """Whether a threshold ends a window of time or place (三年内, 30公里以内的地带): what follows may forbid inside it."""
    return bool(_WINDOW_END.search(text))


def _duty_avoided(c: Condition, item: str, said: str) -> bool:
    """Whether the condition is the case of a duty (…一百人以上的高危生产经营单位…，应当依法设置安全总监: its figures before the
    duty) the asker asks to be spared (安全总监这个岗位可以先不设吗): a word of the duty within a few characters of their wish
    not to. A limit inside the duty (应当自进境之日起6个月内复运出境) is no case."""
    folded = fold(item)
    at = [folded.find(fold(t.raw)) for t in c.thresholds]
    if not c.thresholds and not c.statuses and (r := _RELATIVE.search(folded)):
        at = [r.start(2)]  # 数量超过市场商位实际数量的，应当…: the comparison is the case
    if not at or min(at) < 0:
        return False
    m = _DUTY.search(folded, max(at))  # the duty after the case (not 应当遵循… said before it)
    if not m or "或" in m.group(1):  # 应当配备专职或者兼职的…: one way of it may be what the asker would do
        return False
    duty = _pieces(m.group(1))
    return any(p in said[w.end():w.end() + 8] or p in said[max(0, w.start() - 12):w.start()]
               for w in _AVOID.finditer(said) for p in duty)


def _own_noun(noun: str) -> str:
    """The words before a threshold's comparison, without the article number (第二十一条 劳动合同期限 -> 劳动合同期限)."""
    return re.sub(r"^\s*第[一二三四五六七八九十百零\d]+条\s*", "", noun).split(" ", 1)[0]


def _has_noun(noun: str) -> bool:
    """Whether a threshold's own words name what it measures (劳动合同期限), not only 的 or a connective."""
    return len(re.findall(r"[\u4e00-\u9fff]", re.sub(r"的|不满|未满|以上|以下", "", _own_noun(noun)))) >= 2


def _joined(conds: list[Condition]) -> list[Condition]:
    """Conditions stated together (不少于50家且每千平方米…不少于3家) as one, which holds when both do."""
    out: list[Condition] = []
    for c in conds:
        if not (c.joint and out and out[-1].item == c.item):
            out.append(c)
            continue
        first = out[-1]
        verdicts = {first.verdict, c.verdict}
        verdict = "not_met" if "not_met" in verdicts else "met" if verdicts == {"met"} else "unknown"
        given = "，".join(dict.fromkeys(g for g in (first.given, c.given) if g)) or None
        joint = "，" if re.match(r"\s*(?:且|并且|而且|同时|但)", c.text) else c.glue  # …，并且其所代表的债权额…: said already
        text = first.text if c.text == first.text else f"{first.text}{joint}{c.text}"  # two windows of one sentence
        out[-1] = dataclasses.replace(first, text=text, thresholds=first.thresholds + c.thresholds,
                                      statuses=first.statuses + c.statuses, verdict=verdict, given=given,
                                      either=first.either and not any(t.window for t in c.thresholds))
    return out


def _without_complements(conds: list[Condition]) -> list[Condition]:
    """Provisions for the other side of a threshold (累计缴费满十五年的，按月领取…; 累计缴费不足十五年的，可以…) are the
    rule's other branch, not another way to qualify: the first one states the requirement, the later one goes.
    (Provisions that define two categories this way are told apart first: _asked_category.)"""
    out: list[Condition] = []
    single = lambda c: len((c.case or c).thresholds) == 1  # a range (满一年不满三年) is one step of a ladder, no branch
    for c in conds:
        own = (c.case or c).thresholds
        # branches that each carry a rule of their own (…五万元以上的，可以并处…；…不足五万元的，可以并处…) both stay:
        # the asker's case picks one
        # …and so do two cases each followed by its own consequence (怀孕未满4个月流产的，享受15天产假；怀孕满4个月流产的，…)
        if own and single(c) and any(_complementary(own[0], t) for o in out if single(o) and not (c.case and o.case)
                                     and not (_is_case(c) and _is_case(o)) for t in (o.case or o).thresholds):
            continue
        out.append(c)
    return out


def _asked_branch(conds: list[Condition], items: list[str], said: str) -> list[Condition]:
    """Of two cases that branch at one threshold, each followed by its own consequence (从业人员超过一百人的，应当设置
    安全生产管理机构…；从业人员在一百人以下的，应当配备专职或者兼职的…), the one whose consequence the asker names
    more (必须设安全生产管理机构吗); both when the asker names each by its own figure (15天还是42天产假), else the
    rule's own case, said first (热用户达到…以上的，应当供热 before 未达到…的，协商供热)."""
    drop: set[int] = set()
    for i, a in enumerate(conds):
        for j in range(i + 1, len(conds)):
            b = conds[j]
            if not (_is_case(a) and _is_case(b) and len(a.thresholds) == 1 and len(b.thresholds) == 1
                    and _complementary(a.thresholds[0], b.thresholds[0])):
                continue
            named = [_words_shared(_consequence(x, items), said) for x in (a, b)]
            if named[0] != named[1]:
                drop.add(j if named[0] > named[1] else i)
            elif not all(any(q.raw in said for q in quantities(_consequence(x, items))) for x in (a, b)):
                # named alike, and not each by its own figure (15天还是42天): the rule's own case first, its other side
                # after it (热用户达到百分之四十八以上的，应当供热；未达到…的，协商供热 for 是不是必须得供)
                drop.add(j)
    kept = [c for k, c in enumerate(conds) if k not in drop]
    if len(kept) >= 3 and all(_is_case(c) for c in kept):
        # brackets (净吨位超过2000吨但不超过10000吨的，每吨5元): the one whose consequence's figure the asker names
        # (是不是按每吨5元交) is the one asked about, when only one is
        said_figures = lambda c: sum(1 for q in quantities(_consequence(c, items)) if q.raw in said)
        named = [said_figures(c) for c in kept]
        if max(named) > 0 and named.count(max(named)) == 1:
            return [kept[named.index(max(named))]]
    return kept


def _another_way(conds: list[Condition], said: str = "", items: list[str] = ()) -> bool:
    """Whether any provision the asker's figures do not settle may still be their way: a limit of the same measure as
    one they settle (男满五十周岁 beside 女满四十周岁, 最长不得超过九十日 beside 六十日内), an extension, or a sanction's
    other measure (违法所得三倍以下 beside 二万元以下). A limit of another duty or case, none of whose own words the
    asker says (…于变更事项发生后十五日内 beside 合同签订后三十日内), is not; an age limit always may be (the sexes)."""
    # a time ahead of an event (届满六十日前) is another measure than a length (自颁发之日起五年内有效)
    family = lambda t: ("ahead" if _BEFORE_EVENT.search(t.raw) else "time") if t.dimension in _TIMES else t.dimension
    given = [o for o in conds if o.given]
    settled = {family(t) for o in given for t in o.thresholds}
    settled_words = set().union(*(_pieces(_provision_sentence(o, items) if items else o.text) for o in given))
    said_words = _pieces(said)
    for c in conds:
        if c.given:
            continue
        if not c.thresholds:
            return True
        other_duty = bool(said) and c.thresholds[0].dimension != "age" and not (_pieces(c.text) - settled_words) & said_words
        if any(family(t) in settled and not other_duty or t.extension or _sanctions(t) for t in c.thresholds) \
                or _patterns()["another_way_always" if other_duty else "another_way"].search(fold(c.text)):
            return True
    return False


def _is_case(c: Condition) -> bool:
    """A condition said as a case of a rule, its consequence after it (从业人员超过一百人的，应当…)."""
    return c.text.rstrip("，,；;。 ").endswith("的")


def _consequence(c: Condition, items: list[str]) -> str:
    """What follows a case in its item: the clause up to the next ；or 。 (…的，应当设置安全生产管理机构)."""
    text = fold(items[c.item]) if 0 <= c.item < len(items) else ""
    at = text.find(fold(c.text))
    if at < 0:
        return ""
    rest = text[at + len(fold(c.text)):]
    return re.split(r"[；;。]", rest, maxsplit=1)[0]


def _branches_of_one(conds: list[Condition]) -> bool:
    """Whether the conditions are the two sides of one threshold (热用户达到百分之四十八以上的…；热用户未达到百分之四十八
    的…): one measure, which the asker's one figure of its kind is for."""
    return len(conds) == 2 and all(len(c.thresholds) == 1 for c in conds) \
        and _complementary(conds[0].thresholds[0], conds[1].thresholds[0])


def _bands_of_one(conds: list[Condition]) -> bool:
    """Whether the conditions are bands of one measure named alike in each (基坑开挖深度七米以上的…；基坑开挖深度七米以上
    不足十五米的…；基坑开挖深度十五米以上的…): the asker's one figure of its kind is for them all."""
    bounds = [t for c in conds for t in c.thresholds]
    if len(conds) < 2 or len({t.dimension for t in bounds}) != 1:
        return False
    names = [t.noun.split(" ", 1)[0] for t in bounds]
    first = min(names, key=len)
    return any(all(first[i:i + n] in name for name in names)
               for n in range(len(first), BAND_NAME - 1, -1) for i in range(len(first) - n + 1))


def _complementary(a: Threshold, b: Threshold) -> bool:
    opposite = {(">=", "<"), ("<", ">="), (">", "<="), ("<=", ">")}
    if a.dimension != b.dimension or a.value != b.value or (a.op, b.op) not in opposite:
        return False
    words = lambda t: {t.noun[i:i + 2] for i in range(len(t.noun) - 1)} - _MARKER_WORDS
    shared, either = words(a) & words(b), words(a) | words(b)
    return bool(either) and len(shared) >= len(either) / 2


def figures(texts: list[str], english: bool = False, gloss: Gloss | None = None, days: bool = False) -> list[Figure]:
    """The founder's figures in their turns, each with the words around it (with `gloss`, an English question's
    words are followed by the corpus's Chinese words for them; with `days`, the calendar days they name too, for a
    rule that bounds days)."""
    p = _patterns()
    out = []
    for text in texts:
        folded = fold(text) if english else dated_by_weekday(fold(text))
        found = english_quantities(text) if english else quantities(folded)
        if days and not english:  # the calendar days named, not a rule's bound repeated (2024年1月1日以后认定的才算吗)
            found += [q for q in calendar_days(folded) + months_of_year(folded) if not _W["date_bound"].match(folded[q.end:])]
        if days:  # …and the times of day (晚上11点到凌晨2点, 早上六点半开工, until 7:30 pm)
            found += times_of_day(text if english else folded, english)
        if days and english:  # …and in English, the days of the year (on May 3rd)
            found += english_days_of_year(text)
        # 没融资, 没有营收: nothing, which is a figure too
        # 一次 is how often (每年开一次, 也就开了一次), unless 一次性 (at once)
        found = [q for q in found if not (q.value == 1 and q.raw[:1] == "一" and q.dimension == "count"
                                          and (q.unit != "次" or folded[q.end:q.end + 1] == "性")
                                          and not re.search(r"(?:就|只|仅|只有|唯一|就我|只剩我?|剩下|自[己已]|独自|单独)(?:来了|去了|派了|派|来|有)?$", folded[:q.start]))]  # 一家: "a"; 自己一个人, 唯一一套: alone
        # …and no figure in a clause that asks how often (至少多久要召开一次): the 一次 is what the question counts by
        found = [q for q in found if not (q.unit == "次" and q.value == 1 and not english
                                          and _W["how_often"].search(_clause_at(folded, q.start)))]
        found += [Quantity(0.0, "money", m.start(), m.end(), m.group(), "")
                  for m in p["none"].finditer(folded)] if not english else []
        found += [Quantity(0.0, "months", m.start(), m.end(), m.group(), "个月")
                  for m in p["none_time"].finditer(folded)] if not english else []
        # 3月1号入职，4月5号才去办: 35 days; 头天晚上8点…第二天早上8点: 12 hours
        span = english_elapsed(text) or english_clock_span(text) if english else elapsed(folded) or clock_span(folded) \
            or day_span(folded) or weekday_span(folded)
        found += [span] if span else []
        source = text if english else folded
        if english:  # RMB 4 million two years ago: the year of the sum before it, no time of the asker's
            found = [q for q in found if not (q.dimension == "months" and re.match(r"\s*ago\b", text[q.end:])
                                              and any(o.dimension == "money" and 0 <= q.start - o.end <= 3 for o in found))]
        first = len(out)  # this turn's figures start here
        for q in sorted(found, key=lambda q: q.start):
            if q.dimension in ("months", "days") and (
                    re.match(r"\s*(?:内|里|中)?\s*(?:的)?\s*(?:月均|平均|average)", source[q.end:])
                    or re.search(r"average (?:over|of|for|across) (?:the )?(?:last|past|previous|preceding) $", source[:q.start])):
                continue  # 离职前12个月平均工资, average over the last 12 months: the window of an average
            if q.dimension in ("months", "days") and re.match(r"\s*(?:的\s*)?(?:营收|收入|销售额)?\s*(?:加起来|加在一起|合起来|合计|累计|总共|一共)", source[q.end:]):
                continue  # 两年加起来: the span of a sum the asker adds up, not a time of theirs
            if english and q.dimension == "months" and re.search(r"\b(?:over|in|for|across) the (?:last|past) $", source[:q.start]) \
                    and re.match(r"[^.;]{0,24}?\b(?:adds? up|in total|combined|altogether|in all|total(?:led|ed)?)\b", source[q.end:]):
                continue  # over the last two years adds up to: the span of a sum, not a time of theirs
            if re.match(r"\s*(?:及)?(?:以上|以下|以内)", source[q.end:]) or \
                    re.search(r"(?:超过|不超过|不低于|不少于|低于|少于)\s*$", source[:q.start]):
                continue  # 35岁以下, 超过300万: the asker quoting a rule, not stating a figure
            if re.match(r"\s*无理由", source[q.end:]):
                continue  # 七天无理由(退货): the rule's name, not a time of theirs
            if re.match(r"\s*(?:的)?\s*(?:那个|这个|那|这)\s*(?:标准|档|比例|上限|下限|规定)", source[q.end:]):
                continue  # 按社平工资的60%那个标准: the rule's figure, named as one
            if _ASKED_AGAINST.search(source[:q.start]):
                continue  # 加起来够不够税后利润的百分之三: the figure the asker measures theirs against
            # a figure ends what is said of it: 前年营收150万去年220万 says 去年 of 220万 only
            start = max([m.end() for m in _STATEMENT_END.finditer(source[:q.start])]
                        + [f.quantity.end for f in out[first:] if f.quantity.end <= q.start], default=0)
            end_m = _STATEMENT_END.search(source[q.end:])
            aside = re.search(r"[（(]", source[q.end:])  # 去年320万（前年只有100万）: an aside says nothing of this one
            end_m = aside if aside and (not end_m or aside.start() < end_m.start()) else end_m
            stop = min([q.end + (end_m.start() if end_m else len(source) - q.end)]
                       + [o.start for o in found if o.start >= q.end])  # …or where the next figure starts
            own = source[start:stop]
            context = own
            if re.search(r"(?:这|该|此|那)\s*$", source[:q.start]) and (
                    q.dimension not in ("months", "days") or any(f.quantity.value == q.value for f in out)):
                continue  # 这20万: the figure given before, named again (这4个月 is a time of the asker's)
            low_end = _bare_end().search(source[:q.start]) if not english else None
            head = _LEADING_NUMBER.match(q.raw)
            if low_end and head and 0 < (parse_number(low_end.group(1)) or 0) < (parse_number(head.group()) or 0):
                q = dataclasses.replace(q, raw=source[low_end.start(1):q.end])  # 三到五周: a range, said as such
            below = _BELOW.search(source[:q.start])
            if below:  # 余额也没到一千万, 都没满35岁: just under the figure, never at it
                q = dataclasses.replace(q, value=q.value * (1 - 1e-9), raw=below.group(1) + q.raw)
            soon = _W["age_soon"].search(source[:q.start]) if q.dimension == "age" else None
            later = _reached_after(source, q, texts) if q.dimension == "age" and not soon else None
            if soon or later:  # 下个月满35岁; 11月22日满18周岁 with the day that counts (选举日) 11月20日: under it then
                q = dataclasses.replace(q, value=q.value * (1 - 1e-9), raw=f"{soon.group(1) if soon else later}满{q.raw}")
            if not _noun_groups(own) and len(out) > first and out[-1].quantity.end <= start \
                    and out[-1].quantity.dimension == q.dimension \
                    and not re.search(r"[。！？!?]", source[out[-1].quantity.end:start]) \
                    and not _noun_groups(source[out[-1].quantity.end:start]):
                # 前年营收150万，去年正好300万 (一季度100万，二季度120万，三季度…): the noun is said once (not across a
                # clause naming another thing: 去年550万；拿过一轮天使，300万)
                context = f"{out[-1].context} {own}"
            elif not _noun_groups(own):
                # 去年做到了600万，营收这条够吗: the noun later in the sentence; 前年营收450万。| 去年做到了600万: in
                # the turn before, for a figure of the same kind
                begin = max((m.end() for m in _SENTENCE_END.finditer(source[:q.start])), default=0)
                stop = _SENTENCE_END.search(source, q.end)
                sentence = source[begin:stop.start() if stop else len(source)]
                if _noun_groups(sentence):
                    context = f"{sentence} {own}"
                if first and out and out[first - 1].quantity.dimension == q.dimension and _noun_groups(out[first - 1].context) \
                        and not (_noun_groups(sentence) & _noun_groups(out[first - 1].context)):
                    # 前年营收260万。| 那去年我们做了280万，两年加起来能毕业吗: the sentence's own nouns (孵化) are not
                    # what the figure is of; the earlier turn's figure of its kind says what it is
                    context = f"{out[first - 1].context} {context}"
            # which year a figure is for is said in its own clause: before it in Chinese (去年营收220万), after it
            # too in English (RMB 2.8 million last year)
            said = own if english else source[start:q.end]
            earlier = _added_to(out, q, source[:q.start]) if not english else None
            if earlier is not None:  # 现在正式员工95人。| 今年又招了8个: the total is now theirs together
                e = out[earlier]
                total = dataclasses.replace(e.quantity, value=e.quantity.value + q.value, raw=f"{e.quantity.raw}+{q.raw}")
                out[earlier] = dataclasses.replace(e, quantity=total, context=f"{e.context} {context}", own=f"{e.own} {own}")
                continue
            out.append(Figure(q, context, bool(p["cumulative"].search(own)), bool(p["last_year"].search(said)),
                              bool(p["year_before"].search(said)), bool(p["part_of_year"].search(said)), own,
                              _calendar_year(said[:max(0, said.rfind(q.raw))])
                              or (_year_after(said[said.rfind(q.raw) + len(q.raw):]) if english else None)))
        if not english:
            out[first:] = _respectively(source, out[first:])
    if not english and len(texts) > 1:
        out += _span_across(texts[-2], texts[-1])
    if not out and not english and not any(calendar_days(fold(text)) for text in texts):
        # 前年…具体几月记不清: when, to a year, the latest turn's first (no other figure said, no day named)
        ago = next(((fold(text), q) for text in reversed(texts) if (q := years_ago(fold(text)))), None)
        if ago:
            source, q = ago
            start = max([m.end() for m in _STATEMENT_END.finditer(source[:q.start])], default=0)
            end_m = _STATEMENT_END.search(source, q.end)
            own = source[start:end_m.start() if end_m else len(source)]
            out.append(Figure(q, own, False, False, False, own=own))
    out = _without_bounds(out)
    if english and gloss:  # the corpus's Chinese words for the asker's English ones: what they name (we filed …)
        out = [dataclasses.replace(f, own=f"{f.own} {' '.join(gloss(f.own))}",
                                   context=f"{f.context} {' '.join(gloss(f.context))}") for f in out]
    return out




def _reached_after(source: str, q: Quantity, texts: list[str]) -> str | None:
    """The day the asker reaches an age (11月22日满18周岁), when it comes after the one other day they name (选举日定在
    11月20日)."""
    day = re.search(r"(\d{1,2}\s*月\s*\d{1,2}\s*[日号])\s*(?:就|才)?\s*满\s*$", source[:q.start])
    if not day:
        return None
    mine = calendar_days(day.group(1))
    others = [d for text in texts for d in calendar_days(fold(text)) if d.dimension == "yearday" and d.raw != day.group(1)]
    return day.group(1) if mine and len(others) == 1 and others[0].value < mine[0].value else None


def _without_bounds(figs: list[Figure]) -> list[Figure]:
    """Without a bound the asker puts on a figure they also give exactly (全厂员工850人 … 我们不到一千人): the exact
    figure is theirs, the bound only what they make of it."""
    bound = lambda f: bool(_BELOW_SAID.match(f.quantity.raw))  # noqa: E731
    return [f for f in figs if not bound(f) or not any(
        not bound(o) and o.quantity.dimension == f.quantity.dimension and o.quantity.unit == f.quantity.unit
        and o.quantity.value < f.quantity.value for o in figs)]


def _respectively(source: str, figs: list[Figure]) -> list[Figure]:
    """One turn's figures, those said after 分别 given the years named before it in its sentence (近两年营业收入分别为
    420万元和480万元: the year before last and last year; 2022年、2023年…分别为…: those years). The span of years named
    (近两年) is then no time of the asker's."""
    for m in _RESPECTIVELY.finditer(source):
        begin = max((e.end() for e in _SENTENCE_END.finditer(source[:m.start()])), default=0)
        stop = _SENTENCE_END.search(source, m.end())
        before = source[begin:m.start()]
        after = [i for i, f in enumerate(figs) if m.end() <= f.quantity.start < (stop.start() if stop else len(source))]
        if len(after) < 2:
            continue
        after = [i for i in after if figs[i].quantity.dimension == figs[after[0]].quantity.dimension]
        for i in after if len(after) >= 2 else ():
            figs[i] = dataclasses.replace(figs[i], each=True)
        years = [int(y) for y in _CALENDAR_YEAR.findall(before)]
        recent = _RECENT_YEARS.search(before)
        if len(years) >= 2 and len(after) == len(years):
            latest = max(years)
            for i, y in zip(after, years):  # the latest of consecutive years is the asker's last year
                figs[i] = dataclasses.replace(figs[i], year=y, last_year=y == latest,
                                              year_before=y == latest - 1 and latest - 1 in years)
        elif recent and len(after) == 2 and (parse_number(recent.group(1)) or 0) == 2:
            figs[after[0]] = dataclasses.replace(figs[after[0]], year_before=True, last_year=False)
            figs[after[1]] = dataclasses.replace(figs[after[1]], last_year=True, year_before=False)
            span = (begin + recent.start(), begin + recent.end())
            figs = [f for f in figs if not (span[0] <= f.quantity.start and f.quantity.end <= span[1])]
    return figs


def _span_across(earlier: str, last: str) -> list[Figure]:
    """The time from a day the earlier turn names to one the last turn names (3月3日在上海开业。| 今天是3月13日，现在去
    备案还来得及吗: 10天), when neither turn spans two days of its own."""
    a, b = fold(earlier), fold(last)
    if any(elapsed(t) for t in (a, b)):
        return []
    joined = f"{a}。{b}"
    span = elapsed(joined)
    if span is None or not span.start < len(a) < span.end:
        return []
    return [Figure(span, joined, False, False, False, own=joined)]


def _calendar_year(before: str) -> int | None:
    """The calendar year named last in the words before a figure, in its own clause (2023年营业收入 of 2023年营业收入500万元;
    in 2023 we made RMB 5 million), or None."""
    years = _CALENDAR_YEAR.findall(before)
    return int(years[-1]) if years else None


def _year_after(after: str) -> int | None:
    """The calendar year named first after a figure in its own clause (RMB 4.5 million in 2022), or None."""
    years = _CALENDAR_YEAR.findall(after)
    return int(years[0]) if years else None


def _latest_years(scored: list[tuple[float, Figure]], threshold: Threshold) -> list[Figure]:
    """For a sum over consecutive years (连续2年营业收入累计), the asker's figures of as many calendar years, the latest
    ones and one after the other (2022年520万元，2023年500万元); none when such years were not all given."""
    by_year: dict[int, Figure] = {}
    for _, f in scored:
        if f.year is not None and not f.cumulative and not f.part_of_year:
            by_year.setdefault(f.year, f)
    m = _YEARS_OF_SUM.search(threshold.noun + threshold.raw)
    n = int(parse_number(m.group(1)) or 2) if m else 2
    if len(by_year) < n:
        return []
    years = sorted(by_year)[-n:]
    return [by_year[y] for y in years] if years[-1] - years[0] == n - 1 else []




def _added_to(out: list[Figure], q: Quantity, before: str) -> int | None:
    """The earlier count of the same kind that a count said to be added (又招了8个, 再加1个) adds to; for a sum, the
    earlier sum that one said to be added on top of it (追加了2000万) adds to."""
    if q.dimension == "money" and _ADDED_SUM.search(before):
        return next((i for i in range(len(out) - 1, -1, -1) if out[i].quantity.dimension == "money"), None)
    if q.dimension != "count" or not _ADDED.search(before):
        return None
    kind = _count_kind(q.unit)
    return next((i for i in range(len(out) - 1, -1, -1) if out[i].quantity.dimension == "count"
                 and (kind is None or _count_kind(out[i].quantity.unit) in (None, kind))), None)


def _noun_groups(text: str) -> frozenset[str]:
    return _groups_of(text.lower())


@functools.lru_cache(maxsize=8192)
def _groups_of(text: str) -> frozenset[str]:
    """The noun groups (quantities.toml nouns) a lower-cased text names: asked of the same few texts again and again."""
    return frozenset(canon for canon, aliases in _table()["nouns"].items() if any(a.lower() in text for a in aliases))


def _affinity(threshold: Threshold, figure: Figure) -> float:
    """How surely the figure is the one the threshold measures: shared noun groups and words, in the words
    around it and again in its own clause (签了2年劳动合同，试用期约定的3个月: 3个月 is the 试用期's)."""
    return _shared(threshold.noun, figure.context) + _shared(threshold.noun, figure.own)


def _shared(noun: str, text: str) -> int:
    if not text:
        return 0
    shared = _noun_groups(noun) & _noun_groups(text)
    return len(shared) + _words_shared(noun, text)  # a shared word (创业团队) says more than a shared family (入驻 ~ 团队)


def _given(threshold: Threshold, figs: list[Figure], single: bool,
           anchors: tuple[str, ...] = ()) -> tuple[float, str] | None:
    """The founder's value for a threshold (a sum of two years' figures for a cumulative one), or None."""
    if threshold.window:  # a window of time: the asker's one time of its kind (2月份, 晚上11点到凌晨2点)
        same = [f for f in figs if f.quantity.dimension == threshold.dimension]
        return (same[0].quantity.value, same[0].quantity.raw) if len(same) == 1 else None
    per = _PER.search(threshold.noun.split(" ", 1)[0])  # in its own words, not in the next threshold's after it
    if per:
        return _per_base(threshold, figs, per)
    per_count = _PER_COUNT.search(threshold.noun.split(" ", 1)[0]) if threshold.dimension in ("count", "area") else None
    if per_count:  # 每10家…至少1名, 每百户不少于二十平方米
        return (_per_count if threshold.dimension == "count" else _area_per_count)(threshold, figs, per_count)
    same = [f for f in figs if f.quantity.dimension == threshold.dimension
            or {f.quantity.dimension, threshold.dimension} == {"months", "days"}
            # 提前3天 against 提前四十八小时; not where the asker counts hours (每天4个小时，一周干6天)
            or (f.quantity.dimension, threshold.dimension) == ("days", "hours")
            and not any(g.quantity.dimension == "hours" for g in figs)
            or ((f.quantity.dimension, threshold.dimension) == ("months", "age") and _OF_CHILD.search(f.own))]
    if threshold.noun.split(" ", 1)[0].endswith("每") and threshold.dimension in _TIMES and threshold.op == "<=" \
            and "每满" not in threshold.raw:
        # 每季度报: how often, which only how often the asker does it says (每半年报一次, 一年检测一次), not a notice
        # ahead (提前3天通知) nor how long they have been at it; or the time between two of theirs (去年1月到今年1月) or
        # since the last time (上次清洗是八个月前)
        same = [f for f in same if f.before.endswith("每") or re.search(r"到|至|~|-|—", f.quantity.raw)
                or _W["since_last"].search(f.before) or re.match(r"\s*(?:之前|以前|前)", f.after) or any(
            g is not f and g.quantity.unit == "次" and g.quantity.value == 1 and g.before == f.after for g in figs)]
    if threshold.dimension in _TIMES and threshold.op in ("<", "<=") \
            and _W["count_in_window"].match(threshold.noun.split(" ", 1)[-1]):
        # 3个月内2次…发现有重大事故隐患: the window is the time between the asker's times it happened (3月2日到4月20日)
        spans = [f for f in same if re.search(r"到|至", f.quantity.raw)]
        if len(spans) == 1:
            return _value(spans[0].quantity, threshold.dimension), spans[0].quantity.raw
    if _sanctions(threshold):  # a fine's range takes the fine the asker was given (被罚了5万), no other sum
        same = [f for f in same if _FINED.search(f.own)]
    act = _vote_act(threshold)
    if act:  # a vote's share is one of votes (60%的人同意), not any percent the asker gave (工资涨8%)
        same = [f for f in same if re.search(act, f.own)]
    if "人均" in threshold.noun.split(" ", 1)[0] and threshold.dimension in ("area", "money"):
        # 原人均面积在十八至四十平方米的 against 我家4口人，老房子150平: the one sum of theirs over their one head count
        heads = [f for f in figs if f.quantity.dimension == "count" and f.quantity.unit in ("口人", "人")]
        whole = [f for f in same if not re.search(r"人均|每人|一人|每个人", f.own)]
        if len(heads) == 1 and heads[0].quantity.value > 0 and len({f.quantity.value for f in whole}) == 1:
            q, n = whole[0].quantity, heads[0].quantity
            return _value(q, threshold.dimension) / n.value, f"{q.raw}÷{n.raw}"
    if not same and threshold.dimension == "area" and not threshold.base:
        # 3.8米长、2.5米高 against 面积大于等于十平方米: the asker's two sides make the area (one side alone says nothing)
        sides = [f for f in figs if f.quantity.dimension == "length"]
        if len(sides) == 2:
            a, b = (s.quantity for s in sides)
            return a.value * b.value, f"{a.raw}×{b.raw}"
    if not same and threshold.base:  # 达到总户数50%以上 against 一共400户…申请的有180户: the total is its base
        return _share(threshold, figs) or _subset_share(threshold, figs) or _part_of_total(threshold, figs)
    if not same and threshold.dimension == "percent":
        # 其中专业孵化服务的15个 of 一共20个员工 against 占80%以上; 赞成32票 of 60名; 罚了60万 on 违法所得10万
        return _subset_share(threshold, figs) or _agreed_share(threshold, figs) or _fine_multiple(threshold, figs) \
            or _count_multiple(threshold, figs) \
            or _part_of_total(threshold, figs) or (_english_part(figs) if single else None)
    if threshold.spanned and threshold.dimension != "age":
        # 三至九名 of 代表人数 against 员工大概600人: only a figure said in the range's own words (an age is the asker's own:
        # 今年25周岁 against 十八至二十四周岁的男性公民)
        same = [f for f in same if _words_shared(threshold.noun, f.own)]
    same = [f for f in same if _from_its_start(threshold, f, anchors) and not _counts_other(threshold, f)
            and _ahead_of(threshold, f) and not _PER_SAID.search(f.before)]
    told = [f for f in same if threshold.op in ("<", "<=") and _TOLD_LIMIT.search(f.before)
            and re.match(r"\s*(?:之|以)?内", f.after)]
    if told and len(told) < len(same):  # 通知我两天内去…，我第3天才去: the asker's own time is the other one
        same = [f for f in same if all(f is not t for t in told)]
    installments = [f for f in same if _W["installment"].search(f.before)]
    if len(installments) >= 2 and not _W["per_installment"].search(threshold.noun + threshold.raw):
        # 第一期200万元、第二期350万元 against 资金规模不低于500万元: the installments together are the whole
        return sum(_value(f.quantity, threshold.dimension) for f in installments), "+".join(f.quantity.raw for f in installments)
    if threshold.dimension == "hours" and (period := _period(threshold.noun + threshold.raw)):
        return _per_period(threshold, period, same, figs)
    if threshold.dimension == "length" and _ANY_SIDE.search(threshold.noun) and len(same) >= 2:
        longest = max(same, key=lambda f: _value(f.quantity, threshold.dimension))  # 3.8米长、2.5米高: 3.8米
        return _value(longest.quantity, threshold.dimension), longest.quantity.raw
    each = _EACH.search(threshold.noun) if threshold.dimension == "length" else None
    if each:  # 长和宽应当不大于10厘米 against 12厘米长、8厘米宽: every side named must hold, the one nearest failing decides
        sides = [f for f in same if any(re.search(rf"{side}\s*{re.escape(f.quantity.raw)}|{re.escape(f.quantity.raw)}\s*{side}", f.own)
                                        for side in filter(None, each.groups()))]
        if sides:
            return _nearest_failing(threshold, sides)
    one_each = [f for f in same if f.each] if _ONE_EACH.search(threshold.noun.split(" ", 1)[0]) else []
    if len(one_each) >= 2:  # 单处面积不少于三十平方米 against 两处…分别为150平方米和25平方米
        return _nearest_failing(threshold, one_each)
    yearly = [f for f in same if f.year is not None or f.last_year or f.year_before]
    if len(yearly) >= 2 and _CONSECUTIVE_YEARS.search(threshold.raw) and "累计" not in threshold.raw + threshold.noun:
        # 连续两年用能超过标准约束值百分之八十 against 2023年度…百分之九十，2024年度…百分之七十五: every year must (a sum
        # over years says 累计)
        return _nearest_failing(threshold, yearly)
    scored = [(_affinity(threshold, f), f) for f in same]
    # one threshold and the asker's one figure of its kind (said twice: 每年开一次，去年也就开了一次): that is it
    scored = [(s, f) for s, f in scored if s > 0] or (
        [(0.0, same[-1])] if single and same and len({_value(f.quantity, threshold.dimension) for f in same}) == 1 else [])
    if not scored and single and len(same) >= 2:
        scored = _by_characters(threshold, same)
    two = _SUM_OF_TWO.search(threshold.noun.split(" ", 1)[0])
    if two and len(same) >= 2:
        # 被征收房屋面积与住房改善面积之和不足四十五平方米的 against 房子是36平…加10平住房改善面积: each part named by the
        # asker's words around one figure, the two together
        parts: list[Figure] = []
        for words in two.groups():
            best = max(same, key=lambda f: _words_shared(words, f.own))
            if _words_shared(words, best.own) and all(best is not p for p in parts):
                parts.append(best)
        if len(parts) == 2:
            return sum(_value(f.quantity, threshold.dimension) for f in parts), "+".join(f.quantity.raw for f in parts)
    if threshold.alternative and len(same) >= 2 and threshold.dimension in ("count", "months", "days"):
        # 五年以上幼儿园教师或者幼儿园管理工作经历 against 当了3年老师 and 做了2年园务管理: a figure for each name, the two
        # together (each figure taken by the name whose words it holds more of)
        names = (threshold.noun.split(" ", 1)[-1], threshold.alternative)
        picks = [max(same, key=lambda f, n=n: (_words_shared(n, f.own) - _words_shared(names[1 - k], f.own),
                                              _words_shared(n, f.own))) for k, n in enumerate(names)]
        if picks[0] is not picks[1] and all(_words_shared(n, f.own) for n, f in zip(names, picks)):
            return sum(_value(f.quantity, threshold.dimension) for f in picks), "+".join(f.quantity.raw for f in picks)
    if not scored and single and len(same) >= 2 and "累计" in threshold.noun + threshold.raw \
            and not any(f.cumulative for f in same):
        # the rule's one sum (累计超过180天) and the asker's parts of it in words of their own (上半年干了100天，下半年
        # 又去了85天; 2021年少缴了4.2万，2022年又少缴了4.4万): together they are the sum
        return sum(_value(f.quantity, threshold.dimension) for f in same), "+".join(f.quantity.raw for f in same)
    if not scored:
        return None
    if ("累计" in threshold.noun or "累计" in threshold.raw) and threshold.dimension in ("days", "months") and len(scored) > 1:
        parts = [f for _, f in scored if not f.cumulative]
        if len(parts) == len(scored):  # 待了90天，又待了80天 against 累计满183天
            return sum(_value(f.quantity, threshold.dimension) for f in parts), "+".join(f.quantity.raw for f in parts)
    if "累计" in threshold.noun and not threshold.cumulative and threshold.dimension in ("money", "count"):
        # a round in a year the asker names (去年又进来一笔180万) is one more: 累计 of what is not yearly sums them all
        yearly = bool(_ANNUAL.search(threshold.noun.replace("累计", "")))
        named = [f for s, f in scored if s > 0 and not f.part_of_year and not f.cumulative
                 and not (yearly and (f.last_year or f.year_before))]
        # 累计拿过天使轮80万、Pre-A轮50万: one 累计 before the parts it sums, the later parts said on after the first
        # (their words run on from its clause)
        firsts = [f for s, f in scored if s > 0 and f.cumulative and not f.part_of_year]
        listed = firsts[:1] + [f for f in same if firsts and f is not firsts[0] and not f.cumulative
                               and f.context.startswith(firsts[0].own + " ")]
        if len(named) < 2 and len(firsts) == 1 and len(listed) >= 2:
            named = listed
        if len(named) >= 2:  # 天使轮拿了50万，pre-A又拿了80万 against 累计获得投资超过100万元
            return sum(_value(f.quantity, threshold.dimension) for f in named), "+".join(f.quantity.raw for f in named)
    parts = [f for _, f in scored if f.part_of_year]
    if len(parts) >= 2 and _ANNUAL.search(threshold.noun) and threshold.dimension in ("money", "count"):
        # 年销售额 against 上半年300万 and 下半年250万: the year's figure is their sum. Parts that do not make a
        # whole year give a floor: enough to pass a minimum or to break a maximum, nothing else.
        total = sum(_value(f.quantity, threshold.dimension) for f in parts)
        whole = _whole_year(" ".join(f.context for f in parts))
        if whole or _compare(total, threshold) == (threshold.op in (">", ">=")):
            return total, "+".join(f.quantity.raw for f in parts)
        return None
    if threshold.cumulative and threshold.dimension in ("money", "count"):
        sums = [f for _, f in scored if f.cumulative]
        if sums:
            f = sums[0]
            return _value(f.quantity, threshold.dimension), f.quantity.raw
        yearly = [f for _, f in scored if f.last_year or f.year_before] or _latest_years(scored, threshold)
        if len(yearly) >= 2:
            return (sum(_value(f.quantity, threshold.dimension) for f in yearly[:2]),
                    "+".join(f.quantity.raw for f in yearly[:2]))
        return None  # one year's figure says nothing about a sum over years
    if threshold.last_year:
        scored = [(s, f) for s, f in scored if not f.year_before and not f.cumulative] or []
        if not scored:
            return None
    best = max(scored, key=lambda x: (x[0], x[1].last_year))[1]
    return _value(best.quantity, threshold.dimension), best.quantity.raw


def _nearest_failing(threshold: Threshold, figs: list[Figure]) -> tuple[float, str]:
    """Of figures that must each keep a limit (every side, every place, every year), the one nearest failing it: the
    smallest against a floor, the largest against a ceiling."""
    pick = (max if threshold.op in ("<", "<=") else min)(figs, key=lambda f: _value(f.quantity, threshold.dimension))
    return _value(pick.quantity, threshold.dimension), pick.quantity.raw


def _by_characters(threshold: Threshold, same: list[Figure]) -> list[tuple[float, Figure]]:
    """The rule's one limit and several figures of its kind that share no word with it (留给企业的部分 against
    村委会要求…交55%给村集体，企业自己只留45%): the one whose own clause holds most of its characters, when one holds
    at least two more than any other; else none (which figure is meant is not said)."""
    own = {ch for ch in threshold.noun.split(" ", 1)[0] if "\u4e00" <= ch <= "\u9fff"} - _FUNCTION_CHARACTERS
    counts = sorted(((len(own & set(f.own)), n) for n, f in enumerate(same)), reverse=True)
    if counts[0][0] >= 2 and counts[0][0] >= counts[1][0] + 2:
        return [(0.5, same[counts[0][1]])]
    return []


def _moments(span: tuple[float, float], dimension: str) -> list[float]:
    """The moments that decide where a span of the asker's lies against a bound: its ends, and midnight's two sides
    when a span of the day wraps round it (晚上11点到凌晨2点)."""
    low, high = span
    return [low, high, 0.0, 24.0 - MORE] if dimension == "clock" and high < low else [low, high]


def _estimate_on_limit(given: tuple[float, str], t: Threshold, figs: list[Figure]) -> bool:
    """Whether the asker's figure is the limit itself and said as a guess (离航标大概二十米左右吧，没量过, against 航标周围
    二十米的范围内): a little either way decides, and they do not know which."""
    said = [f for f in figs if f.quantity.raw == given[1]]
    return len(said) == 1 and abs(given[0] - t.value) < 1e-9 and bool(_ESTIMATE.search(said[0].own))


def _too_close(given: tuple[float, str], t: Threshold) -> bool:
    """Whether the asker's figure cannot tell which side of a limit they are: months against days where the limit
    lies within what so many months may be (两个月 against 六十日内: 59 to 62 days), or a figure said as more than a
    round one where the limit lies within what it may be (30多人 against 不少于35人; 一千多万 of 1.2亿 against 超过百分之十),
    or an age read from a birth year alone (1965年生 against 六十周岁以上: this year's or last year's, by the birthday), or
    a span between two years within a year of the limit (2022年到2025年 against 三年), or a range the asker
    gives (三到五周) with the limit between its ends (一个月以上), or two days of no known year against working days.
    (An estimate such as 大概四百八十万 is taken as said.)"""
    value, raw = given
    if t.dimension == "date":  # 2026年1月 against 2026年1月15日前: a month, or a year, with the day inside it
        day = next((q for q in calendar_days(fold(raw)) if q.dimension == "date"), None)
        return day is not None and _compare(date_span(day)[0], t) != _compare(date_span(day)[1], t)
    pair = _TWO_DIGITS.search(raw)
    if pair:  # 七八十米 against 不少于八十米: seventy or eighty, one end meets the limit, the other does not
        digits = "一二三四五六七八九"
        low = value * (digits.index(pair.group(1).replace("两", "二")) + 1) / (digits.index(pair.group(2)) + 1)
        return _compare(low, t) != _compare(value, t)
    ranged = _asker_range().fullmatch(raw)
    if ranged:  # 三到五周 against 一个月以上: one end meets the limit, the other does not
        low, high = parse_number(ranged.group(1)), parse_number(ranged.group(2))
        return bool(low and high) and _compare(value * low / high, t) != _compare(value, t)
    if t.dimension == "age" and _BORN_IN.fullmatch(raw) and _compare(value - 1, t) != _compare(value, t):
        return True  # 1965年生 against 六十周岁以上 in 2025: 59 or 60, whether the birthday has passed decides
    if _YEARS_ONLY.fullmatch(raw) and t.dimension == "months" and abs(value - t.value) < 12:
        return True  # 2022年到2025年 against 三年后: 25 to 47 months, whichever months they were
    if _MONTH_TO_YEAR.fullmatch(raw) and t.dimension == "months" and _compare(value, t) != _compare(value + 11, t):
        return True  # 2019年6月到2025年 against 5年内: 67 to 78 months, whichever month of 2025 it is
    if t.dimension == "days" and _WORKING in t.raw and "到" in raw and working_days_between(fold(raw)) is None:
        # two calendar days of no known year (3月4日到3月20日) against a limit in working days: the days between may
        # hold either side of it (16 days: 10 to 12, against 十个工作日内)
        span = elapsed(fold(raw)) or day_span(fold(raw))
        if span is not None and span.dimension == "days":
            low, high = _working_days(span.value)
            return low < high and low <= t.value < high
    if t.dimension == "hours" and _day_span().fullmatch(raw):
        # 昨天到今天 against 二十四小时内: a day apart is anywhere from a few hours to nearly two days
        apart = value / 24 if value >= 24 else value
        return 24 * (apart - 1) < t.value < 24 * (apart + 1)
    if "+" not in raw and "到" not in raw:
        part, _, base = raw.split("=")[0].partition("/")  # a share: 一千多万/1.2亿=8%
        if value / _spread(base) < t.value < value * _spread(part) and t.dimension != "age":
            return True
    found = quantities(fold(raw)) if "+" not in raw and "到" not in raw else []
    if len(found) == 1 and found[0].dimension == "months" and t.dimension == "days" and _WORKING in t.raw:
        # 一个多月 against 三十个工作日内: 28 to 62 days, 20 to 44 working days
        months = found[0].value
        low = _working_days(MONTH_DAYS[0] * months)[0]
        high = _working_days(MONTH_DAYS[1] * months * (_spread(raw) if "多" in raw else 1.0))[1]
        return low <= t.value <= high
    if len(found) != 1 or "多" in raw:
        return False
    q = found[0]
    if {q.dimension, t.dimension} == {"months", "days"}:
        months = q.value if q.dimension == "months" else t.value
        days = t.value if q.dimension == "months" else q.value
        if MONTH_DAYS[0] * months <= days <= MONTH_DAYS[1] * months:
            return True
    if q.dimension == t.dimension == "days" and _WORKING in t.raw and _WORKING not in q.unit:
        # 10天 against 七个工作日内: 6 to 8 working days; 20天 against 十五个工作日内: 14 or 15, and whether the day
        # it started counts decides (三周 is 15 exactly: that decides)
        low, high = _working_days(q.value)
        return low < high and low <= t.value <= high
    return False


@functools.cache
def _day_span() -> re.Pattern[str]:
    """Two days named by where they lie from today (昨天到今天)."""
    days = _table()["reading"]["days_from_today"]
    return re.compile(f"(?:{days})到(?:{days})")


def _spread(raw: str) -> float:
    """How much more than its round number a figure said as "more than" may be, as a factor: 30多人 is 30 to 40,
    一千多万 1000万 to 2000万, 1500多 1500 to 1600, 两个多月 2 to 3 months, 二十几个 20 to 30 (1 for any other figure)."""
    m = _MORE_THAN.search(raw)
    number = parse_number(m.group(1)) if m else None
    if not number or number != int(number):
        return 1.0
    step, rest = 1, int(number)
    while rest >= 10 and rest % 10 == 0:
        step, rest = step * 10, rest // 10
    return (number + step) / (number + MORE)  # the figure was read as a little more than its round number


def _since_sent(t: Threshold, given: tuple[float, str], figs: list[Figure]) -> bool:
    """Whether the asker's time is counted from sending what the limit counts from its receipt (寄出委托书已经95天 for
    自收到委托书之日起三个月): past the limit it may not be past it since receipt."""
    anchor = _ANCHOR.search(t.noun) or _ANCHOR.search(t.raw)
    if t.dimension not in _TIMES or t.op not in ("<", "<=") or not anchor or not _RECEIVED.search(anchor.group(1)):
        return False
    figure = next((f for f in figs if f.quantity.raw == given[1]), None)
    return figure is not None and bool(_SENT.search(figure.before)) and not _RECEIVED.search(figure.before)


def _in_working_days(given: tuple[float, str], t: Threshold) -> tuple[float, str]:
    """Calendar days against a limit in working days count as the fewest working days they hold (三周 against
    十五个工作日内: 15); when that is not what decides, `_too_close` says so."""
    value, raw = given
    if _WORKING in t.raw and t.dimension == "days" and "到" in raw:
        exact = working_days_between(fold(raw))  # two calendar days of a year said: their weekdays are known
        # …else as many calendar days hold at least so many (3月4日到3月20日: 16 days, 10 to 12 working days)
        return (_working_days(value)[0], raw) if exact is None else (exact, raw)
    found = quantities(fold(raw)) if "+" not in raw and "到" not in raw else []
    if len(found) == 1 and found[0].dimension in ("days", "months") and t.dimension == "days" and _WORKING in t.raw \
            and _WORKING not in found[0].unit:  # (months are in days already: 一个月 is 30)
        return _working_days(value)[0], raw
    return given


def _in_calendar_months(given: tuple[float, str], t: Threshold) -> tuple[float, str]:
    """The days between two calendar days against a limit in months or years count by the calendar (2022年5月10号
    到2024年5月9号 is a day short of 满二年), not as so many days of thirty."""
    value, raw = given
    months = calendar_months(fold(raw)) if t.dimension == "months" and "到" in raw else None
    return given if months is None else (months, raw)


def _working_days(days: float) -> tuple[float, float]:
    """The fewest and the most working days so many calendar days can hold (10 days: 6 to 8), holidays aside."""
    weeks, rest = divmod(int(days), 7)
    return days - 2 * weeks - min(2, rest), days - 2 * weeks - max(0, rest - 5)


def _extended_by(given: str, said: str) -> bool:
    """Whether the asker's figure is how long a limit was extended by (延长了20日, 延期二十天, extended by 20 days),
    not the time gone by in all."""
    return bool(re.search(rf"(?:延长|延期|顺延|extended(?: it)? by|extension of)\s*(?:了|期限|时间)?\s*{re.escape(given)}",
                          said, re.IGNORECASE))


def _sanctions(threshold: Threshold) -> bool:
    """Whether a sum is what a sanction costs (处十万元以上一百万元以下罚款), not a condition of the case."""
    return threshold.dimension == "money" and bool(_SANCTION_LEAD.match(threshold.raw.strip())
                                                   or _FINE.search(f"{threshold.raw} {threshold.noun}"))


def _multiple_fine(threshold: Threshold) -> bool:
    """Whether a threshold is a fine as a multiple of a sum (处货值金额五倍以上十倍以下罚款)."""
    return threshold.dimension == "percent" and "倍" in threshold.raw \
        and bool(_FINE.search(f"{threshold.raw} {threshold.noun}"))


def _all_staff(threshold: Threshold, raw: str, figs: list[Figure]) -> bool:
    """Whether the figure counts all of the asker's people (一共5个员工) where the threshold counts those of a
    qualification (3名以上专职演出经纪人员) the asker does not say they have."""
    m = _QUALIFIED_STAFF.search(f"{threshold.noun} {threshold.raw}")
    if threshold.dimension != "count" or not m:
        return False
    own = next((f.own or f.context for f in figs if f.quantity.raw == raw), "")
    # said in Chinese: an English figure's words (4 full-time staff) hold no qualification's Chinese name
    return bool(_HAN_RUN.search(own)) and bool(_ALL_STAFF.search(own)) and m.group(1) not in own


def _counts_other(threshold: Threshold, figure: Figure) -> bool:
    """Whether the figure counts another kind of thing than the threshold (一共20个员工 against 在孵企业不少于50家):
    the kinds of quantity named right next to its number (after it, else just before it) are none of the
    threshold's. Words of no known kind decide nothing."""
    if threshold.dimension == "money":
        return _other_sum(threshold, figure)
    if threshold.dimension != "count":
        return False
    kinds = [_count_kind(q.unit) for q in quantities(fold(threshold.raw)) if q.dimension == "count"]
    mine = _count_kind(figure.quantity.unit)
    if figure.quantity.unit == "个" and (counted := _count_kind(next(iter(tokenizer().lcut(figure.after)), ""))):
        mine = counted  # 三个村 against 供水人口在一千人以上: villages, not people; 4个代表: people
    at = figure.own.find(figure.quantity.raw)
    if at >= 0 and _after_number(figure, at) == "人" and kinds and kinds[-1] == _count_kind("人"):
        return False  # 只来了1个人 against 2名以上…人员: people, and no other noun of theirs
    if mine and kinds and kinds[-1] and mine != kinds[-1]:  # 专业孵化服务人员8名 against 在孵企业不少于50家
        return True
    if kinds and (kinds[-1] == "times") != (mine == "times"):  # 4个代表 against 每年至少召开一次
        return True
    if at < 0:
        return False
    before = re.split(r"[的了，,、：:其中]", figure.own[:at])[-1][-8:]
    named = _noun_groups(_after_number(figure, at)) or _noun_groups(before)
    return bool(named) and not named & _noun_groups(f"{threshold.noun} {threshold.raw}")


def _from_other_place(provision: str, figure: Figure) -> bool:
    """Whether the asker's distance is from another place than any the provision measures from (离一个幼儿园只有120米
    against 不得在中小学校园周边200米内): the place said after 离 shares no character with the provision's words (its
    heading and items)."""
    if figure.quantity.dimension != "length":
        return False
    m = _DISTANCE_FROM.search(figure.before)
    place = m.group(1) if m else ""
    while (filler := _DISTANCE_FILLER.search(place)) and filler.start():
        place = place[:filler.start()]
    if len(place) < 2 or re.search(r"[这那我你他她它咱]", place):
        return False
    # (the characters of what kind of place it is (园, 门, 口) say nothing of which: 中学大门 is of 中小学校园)
    return not (set(place) - _PLACE_CHARACTERS) & set(provision)


def _after_number(figure: Figure, at: int) -> str:
    """The few words right after a figure's number in its own clause (8名专职人员, 20万报酬), up to a particle or a stop."""
    return re.match(r"[^的了，,。；;？?！!、]{0,4}", figure.own[at + len(figure.quantity.raw):]).group()




def _other_sum(threshold: Threshold, figure: Figure) -> bool:
    """Whether the figure is a sum of another name than the threshold's (转让费纳税后80万, 20万报酬 against 奖金最低不少于
    三千元): both name what the money is (the figure right after its number, else before it), in words of a fee, a wage,
    a price or a deposit, and neither name ends as the other does."""
    at = figure.own.find(figure.quantity.raw)
    if at < 0:
        return False
    before = re.split(r"[，,；;。：:]", figure.own[:at])[-1]
    names = lambda text: [m.group() for m in _SUM_NAME.finditer(text)]  # noqa: E731
    mine = names(_after_number(figure, at)) or names(before)
    theirs = names(f"{threshold.noun} {threshold.raw}")
    if not mine or not theirs:
        return False
    mine_name, their_names = mine[-1], set(theirs)
    kind = lambda name: _SUM_NAME.fullmatch(name).group(1)  # noqa: E731  费 of 救治费 and of 医疗费: costs both
    return not any(mine_name.endswith(n[-2:]) or n.endswith(mine_name[-2:]) or kind(n) == kind(mine_name)
                   for n in their_names)


def _count_kind(unit: str) -> str | None:
    return next((kind for kind, units in _table().get("count_kinds", {}).items() if unit in units), None)


def _ahead_of(threshold: Threshold, figure: Figure) -> bool:
    """A time before an event (应当在期满三十日前向原审批机关提出申请) takes a figure the asker says is ahead of one
    (提前40天, 到期前20天, 离到期还有20天, 10天后办), or the days between two dates, never a length of something else
    (把有效期延长8个月)."""
    since = _YEARS_ONLY.fullmatch(figure.quantity.raw) or _MONTH_TO_YEAR.fullmatch(figure.quantity.raw)
    if since and threshold.dimension in _TIMES and re.search(r"(?:届满|期满|到期)前", threshold.raw):
        return False  # 2016年6月到2026年 (现在) against 届满前6个月内: the time since something, not how long ahead
    if threshold.dimension not in (*_TIMES, "hours") or not _BEFORE_EVENT.search(threshold.raw):
        return True
    return _between_dates(figure.quantity.raw) or bool(_SAID_AHEAD.search(figure.own)) or figure.after.startswith("后")


def _between_dates(raw: str) -> bool:
    """A figure that is the time between two days the asker names (3月1日到3月20日; 15 October to 10 September)."""
    return "到" in raw or " to " in raw


def _from_its_start(threshold: Threshold, figure: Figure, anchors: tuple[str, ...]) -> bool:
    """A time counted from an event (自收到认定结果之日起15个工作日内) does not take a figure the asker counts from
    another event the list names (受理到现在已经7个工作日, for 自受理…申请之日起5个工作日内)."""
    anchor = _ANCHOR.search(threshold.noun) or _ANCHOR.search(threshold.raw)
    since = figure.before
    if anchor and not since and _between_dates(figure.quantity.raw) and _TERM_END.search(figure.own) \
            and not _TERM_END.search(anchor.group(1)):
        return False  # 今天是1月15日，3月1日有效期届满: days ahead of the term's end, not since 颁发
    if not anchor or not since:
        return True
    def shared(event: str) -> int:  # how many of the event's character pairs the asker's words before the figure hold
        pairs = {event[i:i + 2] for i in range(len(event) - 1)} - {"之日", "日起"}
        return sum(pair in since for pair in pairs)

    names = lambda event: shared(event) > 0  # the asker's words name the event (受理, 收到…结果)
    if names(anchor.group(1)) or names(threshold.noun):
        # unless another event of the list is named more fully (检测结果收到已经7个工作日: 自收到检测结果之日起, not
        # 自收到复检样品之日起, which shares only 收到)
        own = max(shared(anchor.group(1)), shared(threshold.noun))
        return not any(shared(other) > own for other in anchors if other != anchor.group(1))
    if any(names(other) for other in anchors if other != anchor.group(1)):
        return False
    # 失业10个月 against 自受理…申请之日起5个工作日内: a time of another state of the asker's, not time since the event
    return not _patterns()["state_since"].search(since)


def _per_base(threshold: Threshold, figs: list[Figure], per: re.Match[str]) -> tuple[float, str] | None:
    """A figure per so much of a base (每千平方米平均在孵企业不少于3家): the asker's count over their area, or
    nothing when they gave only one of the two (55家 alone is no density)."""
    counted = [f for f in figs if f.quantity.dimension == threshold.dimension]
    for f in counted:  # the density the asker gives (每千平方米平均5.2家) is theirs, over the same base
        said = _PER_SAID.search(f.before)
        if said and (per.group(1) or "") in said.group() and threshold.dimension == "count":  # not a rate (每平方米45元)
            return f.quantity.value, f.quantity.raw
    base = [f for f in figs if f.quantity.dimension == "area"]
    if len(base) != 1 or not counted or base[0].quantity.value <= 0:
        return None
    scored = sorted(counted, key=lambda f: -_affinity(threshold, f))
    if len(scored) > 1 and _affinity(threshold, scored[0]) == _affinity(threshold, scored[1]):
        return None  # which count is meant is not said
    size = {"千": 1000.0, "万": 10000.0, "百": 100.0}.get(per.group(1), 1.0)
    value = scored[0].quantity.value / (base[0].quantity.value / size)
    return value, f"{scored[0].quantity.raw}/{base[0].quantity.raw}"


def _period(text: str) -> str | None:
    """The period a text names first (每日 -> day, 每周 -> week, 每月 -> month), or None."""
    found = [(m.start(), name) for name, p in _PERIODS.items() if (m := p.search(text))]
    return min(found)[1] if found else None


def _figure_period(f: Figure) -> str | None:
    """The period the asker says a figure is per, in its clause before the number (每天要干9个小时: day)."""
    at = f.own.find(f.quantity.raw)
    return _period(f.own[:at] if at >= 0 else f.own)


def _per_period(threshold: Threshold, period: str, same: list[Figure], figs: list[Figure]) -> tuple[float, str] | None:
    """Hours per the rule's period (每周不得超过四十小时): the asker's figure said per that period, else their hours a day
    times the days they name in the period (每天9个小时，一周上5天班: 45); None when neither is said."""
    own = [f for f in same if _figure_period(f) == period]
    if own:
        return _value(own[-1].quantity, threshold.dimension), own[-1].quantity.raw
    daily = [f for f in same if _figure_period(f) == "day"]
    days = [f for f in figs if f.quantity.dimension == "days" and not _PERIODS[period].fullmatch(f.quantity.raw)
            and (_figure_period(f) == period or _PERIODS[period].search(f.context))]  # 一周上5天班: 5天, not 一周
    if period != "day" and len(daily) == 1 and len(days) == 1:
        hours = _value(daily[0].quantity, "hours") * days[0].quantity.value
        return hours, f"{daily[0].quantity.raw}×{days[0].quantity.raw}"
    return None


def _per_count(threshold: Threshold, figs: list[Figure], per: re.Match[str]) -> tuple[float, str] | None:
    """A count per so many of another (每五所学校至少一名责任督学) from the asker's two counts (23所学校, 4名督学): the
    count over its base in the rule's steps (4 / (23/5)); nothing unless both are given and told apart. The base is
    the count in the rule's unit (所), else the one whose clause names what the rule counts per (学校)."""
    step = parse_number(per.group(1)) or 0
    counts = [f for f in figs if f.quantity.dimension == "count" and f.quantity.value > 0]
    if step <= 0 or len(counts) < 2:
        return None
    unit, words = per.group(2), per.group(3)
    unit_kind = _count_kind(unit)
    bases = [f for f in counts if f.quantity.unit == unit or unit_kind and _count_kind(f.quantity.unit) == unit_kind] \
        if unit != "个" else []  # 个 counts anything
    if len(bases) != 1:
        bases = [f for f in counts if words and _words_shared(words, f.own) >= 2]
    if len(bases) != 1:
        return None
    base = bases[0]
    base_kind = _count_kind(base.quantity.unit)
    # what is counted is not of the base's kind (5家 graduated firms beside 24家 incubated ones)
    rest = [f for f in counts if f is not base and not (base_kind and _count_kind(f.quantity.unit) == base_kind)]
    # what the rule counts (创业导师, not 每10家在孵企业): the asker's count names it in its own clause, by two pieces
    # of its words (专职做孵化服务的5个) or by its last word (8位导师); 团队20个人 is no count of mentors
    noun = re.sub(r"[^\u4e00-\u9fff]", "", threshold.noun.split(" ", 1)[-1])
    if noun:
        head = noun[-2:]
        rest = [f for f in rest if _words_shared(noun, f.own) >= 2 or head in f.own]
    score = lambda f: _words_shared(noun, f.own) if noun else 0  # noqa: E731
    scored = sorted(rest, key=lambda f: -score(f))
    if not scored or len(scored) > 1 and score(scored[0]) == score(scored[1]):
        return None  # no count of it, or which count is the one per so many is not said
    count = scored[0]
    value = count.quantity.value / (base.quantity.value / step)
    return value, f"{count.quantity.raw}/({base.quantity.raw}/{step:g})"


def _area_per_count(threshold: Threshold, figs: list[Figure], per: re.Match[str]) -> tuple[float, str] | None:
    """An area per so many of a count (每百户不少于二十平方米) from the asker's area and their count in the rule's unit
    (150平米 for 800户: 150 / (800/100)); nothing when either is not given, or not one of each."""
    step = parse_number(per.group(1)) or 0
    unit, unit_kind = per.group(2), _count_kind(per.group(2))
    bases = [f for f in figs if f.quantity.dimension == "count" and f.quantity.value > 0
             and (f.quantity.unit == unit or unit_kind and _count_kind(f.quantity.unit) == unit_kind)]
    areas = [f for f in figs if f.quantity.dimension == "area"]
    if step <= 0 or len(bases) != 1 or len(areas) != 1:
        return None
    base, area = bases[0], areas[0]
    return area.quantity.value / (base.quantity.value / step), f"{area.quantity.raw}/({base.quantity.raw}/{step:g})"


def _share(threshold: Threshold, figs: list[Figure]) -> tuple[float, str] | None:
    """A share the founder did not state but gave both sides of: 捐了20万 of 应纳税所得额50万 is 40%."""
    # the base is named in the figure's own clause (应纳税所得额是50万), not lent by the sentence before it
    # (…应纳税所得额是50万，给基金会捐了20万)
    # a share of an area (众创空间总面积的15%) is of the asker's area, not of a count said beside the same words
    kinds = ("area",) if _AREA_WORDS.search(threshold.base) else ("money", "area", "count")
    scored = sorted(((_affinity(dataclasses.replace(threshold, noun=threshold.base), dataclasses.replace(f, context=f.own)), i)
                     for i, f in enumerate(figs) if f.quantity.dimension in kinds), reverse=True)
    scored = [(a, i) for a, i in scored if a > 0]
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        # said of it alike (广告收入20万 beside 6万作为经营管理支出, against 经营收入的百分之三十): the one whose words
        # hold what the base is, its last word (收入)
        headed = [(a, i) for a, i in scored if a == scored[0][0] and threshold.base[-2:] in figs[i].own]
        if len(headed) == 1:
            scored = headed
    # the base is the one figure said of it, or the one said of it far more surely than any other (社平工资7000 beside
    # 员工工资定的3500: both say 工资, only one says 在岗职工月平均工资)
    if not scored or (len(scored) > 1 and scored[0][0] < SURELY * scored[1][0]):
        return None
    base = figs[scored[0][1]]
    own = threshold.noun.replace(threshold.base, " ")
    kind = lambda q: _count_kind(q.unit) if q.dimension == "count" else None
    # (of its kind: 8项 patents are no part of 45人 staff)
    others = [f for f in figs if f is not base and f.quantity.dimension == base.quantity.dimension
              and f.quantity.value > 0 and not (kind(f.quantity) and kind(base.quantity) and kind(f.quantity) != kind(base.quantity))]
    # the share's own figure: the one its words name, or the only other one given
    # (named in its own clause first: 专家正好5个 beside 其他5个是部门代表, whose context repeats 专家)
    of_own = dataclasses.replace(threshold, noun=own)
    parts = [f for f in others if _affinity(of_own, dataclasses.replace(f, context=f.own)) > 0] \
        or [f for f in others if _affinity(of_own, f) > 0] or others
    if len(parts) > 1:  # 打算提60万 beside 以前累计才提了200万: this time's, not the sum so far; a sum's share, the sum's
        summed = threshold.cumulative or "累计" in threshold.noun
        parts = [f for f in parts if f.cumulative == summed] or parts
    if len(parts) != 1 or base.quantity.value <= 0:
        return None
    share = 100.0 * parts[0].quantity.value / base.quantity.value
    if share >= 100.0 > threshold.value:
        # a part is never more than its whole: two sums of one kind (概算 against 估算, 违约金 against 损失), and the
        # rule's share is the margin by which one exceeds the other (超过…估算百分之十)
        margin = share - 100.0
        return margin, f"({parts[0].quantity.raw}-{base.quantity.raw})/{base.quantity.raw}={_percent(margin)}%"
    return share, f"{parts[0].quantity.raw}/{base.quantity.raw}={_percent(share)}%"


def _subset_share(threshold: Threshold, figs: list[Figure]) -> tuple[float, str] | None:
    """A share the founder gave as a part of a whole (一共20个员工，其中专业孵化服务的15个; 在孵企业70家…在孵企业中
    已申请专利的30家): the part is the one figure said to be among others (其中, …中) whose own words are the
    threshold's; the whole is the figure of its kind said before it that the part's words name (在孵企业), else
    the nearest one before it, which must be larger."""
    parts = []
    for i, f in enumerate(figs):
        at = f.own.find(f.quantity.raw)
        before = f.own[:at] if at >= 0 else f.own
        marks = list(_SUBSET.finditer(before))
        if marks and f.quantity.dimension in ("money", "area", "count"):
            parts.append((i, f, before[:marks[-1].start()]))
    area = bool(_AREA_WORDS.search(threshold.noun))  # 使用面积占75%: a share of area, not of people or companies
    # what the share is of: the words before 占, without what brackets explain (…人员（指具有…投融资…经验）占…)
    subject = re.sub(r"[（(][^）)]*[）)]", "", threshold.noun).split("占")[0]
    scored = sorted(((_words_shared(subject, f.own), i, f, whole) for i, f, whole in parts
                     if (f.quantity.dimension == "area") == area), key=lambda x: -x[0])
    scored = [x for x in scored if x[0] >= 2]  # two pieces of the threshold's own words, not one (孵化)
    if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None  # no part named, or which one is meant is not said
    _, i, part, whole = scored[0]
    taken = {j for j, _, _ in parts}
    wholes = [f for j, f in enumerate(figs[:i]) if j not in taken and f.quantity.dimension == part.quantity.dimension
              and f.quantity.value > part.quantity.value]
    named = [f for f in wholes if whole.strip() and _shared(whole.strip(), f.own)]
    base = (named or wholes or [None])[-1]
    if base is None:
        return None
    share = 100.0 * part.quantity.value / base.quantity.value
    return share, f"{part.quantity.raw}/{base.quantity.raw}={_percent(share)}%"


def _part_of_total(threshold: Threshold, figs: list[Figure]) -> tuple[float, str] | None:
    """A share from the asker's two counts of one kind, the larger said to be all there are (一共40家企业工会，现在有
    9家联名), of what the share's own words name: the smaller is the part. Not a vote's share (those present are
    not those who agree), nor one of an area."""
    if _vote_act(threshold) or _AREA_WORDS.search(threshold.noun):
        return None
    counts = [f for f in figs if f.quantity.dimension == "count" and f.quantity.value > 0]
    kinds = {_count_kind(f.quantity.unit) for f in counts} - {None}  # 7个(人) against 30人: 个 counts anything
    if len(counts) != 2 or len(kinds) > 1:
        return None
    part, whole = sorted(counts, key=lambda f: f.quantity.value)
    # the share's words in the two figures' (两个 pieces), or what it is a share of in the part's (女性比例 against
    # 一共80名，其中女性18名: the rule names the whole in a clause of its own)
    named = _words_shared(threshold.noun, f"{whole.own} {part.own}") >= 2 \
        or _words_shared(threshold.noun.split("占")[0], part.own) >= 1 and bool(_SUBSET.search(part.own)) \
        or bool((rate := re.search(r"([\u4e00-\u9fff]{1,3})率", threshold.noun.split(" ", 1)[0]))
                and set(rate.group(1)) - _FUNCTION_CHARACTERS & set(part.own))
    # (a rate, 成活率, against 一共栽了1.2万株…活着的有9800株: what it counts said in the asker's own words)
    named = named or _by_its_act(threshold, part)
    if not named or re.search(_table()["votes"]["attend"], part.own):
        return None  # 实到42人: those present, not a part the share's words name
    at = max(whole.own.find(whole.quantity.raw), 0)
    # the whole said to be all there are (一共40家), or the part said to be among the figure before it and to be what the
    # rule counts after its figure (招30个人，其中18个是持待业证明的 against 从业人员中百分之六十以上为城镇待业人员)
    counted = threshold.noun.split(" ", 1)[1] if " " in threshold.noun else ""
    among = figs.index(part) > figs.index(whole) and bool(_SUBSET.match(part.before.strip())) \
        and _words_shared(counted, part.after) >= 1
    among = among or figs.index(part) == figs.index(whole) + 1 and (
        bool(_AMONG.match(whole.after))
        or bool(_HAS.match(whole.after)) and part.quantity.unit == whole.quantity.unit)  # 120户有60户, not 45人，有8项
    if part.quantity.value == whole.quantity.value or not (_TOTAL.search(whole.own[:at]) or among):
        return None
    share = 100.0 * part.quantity.value / whole.quantity.value
    return share, f"{part.quantity.raw}/{whole.quantity.raw}={_percent(share)}%"


def _percent(share: float) -> str:
    """A share as the answer shows it: whole, or to one decimal where rounding would hide which side it is (1.5%)."""
    return f"{share:.0f}" if abs(share - round(share)) < 0.05 else f"{share:.1f}"


def _english_part(figs: list[Figure]) -> tuple[float, str] | None:
    """A share from an English asker's two counts, one said as a part of the other (120 registered voters … 60 of them;
    25 out of our 50 staff; Of our 50 founding staff, 25 hold…): the words say which is the part, where the Chinese
    readings match the share's own words. Only for a rule's one threshold: the English words cannot say which of
    several shares it is."""
    counts = [f for f in figs if f.quantity.dimension == "count" and f.quantity.value > 0]
    if len(counts) != 2 or not all(re.search(r"[A-Za-z]", f.own) for f in counts):
        return None
    parts = [f for f in counts if EN_PART.search(f.quantity.raw) or re.match(r"\s*out\s+of\b", f.after, re.IGNORECASE)]
    if len(parts) == 1:
        part, whole = parts[0], next(f for f in counts if f is not parts[0])
    elif not parts and EN_WHOLE.search(counts[0].before):
        whole, part = counts
    else:
        return None
    if part.quantity.value >= whole.quantity.value:
        return None
    share = 100.0 * part.quantity.value / whole.quantity.value
    return share, f"{part.quantity.raw}/{whole.quantity.raw}={_percent(share)}%"


def _by_its_act(threshold: Threshold, part: Figure) -> bool:
    """Whether the share is named by an act (签约比例) the asker's part says in its verb (已经签了38户, 签约了38户)."""
    act = _SHARE_ACT.search(threshold.noun)
    if not act:
        return False
    verb = act.group(1)
    return verb in part.own or re.search(re.escape(verb[0]) + "(?:了|过|完|好)", part.before) is not None


def _fine_multiple(threshold: Threshold, figs: list[Figure]) -> tuple[float, str] | None:
    """A fine set as a multiple of a sum (处违法所得一倍以上五倍以下的罚款) from the asker's two figures: the fine
    (罚了60万) over the sum it multiplies (违法所得10万)."""
    said = f"{threshold.raw} {threshold.noun}"
    base = _FINE_BASE.search(said)
    if not base or not _FINED.search(said):
        return None
    money = [f for f in figs if f.quantity.dimension == "money" and f.quantity.value > 0]
    sums = [f for f in money if base.group() in f.own and not _FINED.search(f.own)]
    fines = [f for f in money if _FINED.search(f.own) and base.group() not in f.own]
    if len(sums) != 1 or len(fines) != 1:
        return None
    share, shown = _as_multiple(fines[0], sums[0])
    if "倍" not in threshold.raw:  # 处土建工程造价百分之二至百分之四的罚款: a share, shown as one (10万/200万=5%)
        shown = f"{fines[0].quantity.raw}/{sums[0].quantity.raw}={_percent(share)}%"
    return share, shown


def _as_multiple(part: Figure, base: Figure) -> tuple[float, str]:
    """One of the asker's figures as a multiple of another, in percent, and as shown (60万/10万=6.0倍)."""
    share = 100.0 * part.quantity.value / base.quantity.value
    return share, f"{part.quantity.raw}/{base.quantity.raw}={share / 100:.1f}倍"


def _count_multiple(threshold: Threshold, figs: list[Figure]) -> tuple[float, str] | None:
    """A multiple of a count the rule names (补种毁坏株数二倍以上三倍以下的树木) from the asker's two figures of one
    measure: the count it multiplies, said with the words of that count (啃坏了40株: 坏 of 毁坏株数), and theirs (补了80株)."""
    base_words = _COUNT_BASE.search(threshold.noun.split(" ", 1)[0])
    if not base_words or "倍" not in threshold.raw:
        return None
    own = set(base_words.group(1))  # 毁坏 of 毁坏株数
    counts = [f for f in figs if f.quantity.dimension in ("count", "volume") and f.quantity.value > 0]
    if len(counts) != 2 or counts[0].quantity.dimension != counts[1].quantity.dimension:
        return None
    naming = [bool(own & set(f.before[-6:])) for f in counts]
    if naming.count(True) != 1:
        return None
    base, other = (counts[0], counts[1]) if naming[0] else (counts[1], counts[0])
    return _as_multiple(other, base)


def _vote_act(threshold: Threshold) -> str | None:
    """The pattern of what a share of people must do (出席 or 同意), when the threshold is a vote's or a quorum's."""
    if threshold.dimension != "percent":
        return None
    votes = _table()["votes"]
    # the act said after the share is what it counts (出席会议的…债权人过半数同意: those present are its base)
    after = threshold.noun.split(" ", 1)[-1]
    said = f"{threshold.raw} {threshold.noun}"
    return next((votes[k] for k in ("attend", "agree") if re.search(votes[k], after)), None) \
        or next((votes[k] for k in ("attend", "agree") if re.search(votes[k], said)), None)


def _agreed_share(threshold: Threshold, figs: list[Figure]) -> tuple[float, str] | None:
    """The share of a vote (过半数同意, 三分之二以上通过) or of those present (三分之二以上职工代表出席) from the asker's
    counts: those who agreed (赞成32票, 40人同意) or came (实到38名) out of everyone the rule counts: all members
    (全体职工: the largest count the asker gave) or those present (到会人数, 出席的30位: the count just before the
    votes; a count of those present is the part only of a quorum)."""
    votes = _table()["votes"]
    act = _vote_act(threshold)
    if act is None:
        return None
    counts = [f for f in figs if f.quantity.dimension == "count"]

    def near(f: Figure) -> str:  # 赞成32票, 40人同意, 投赞成票的23人: the words just around the count
        at = max(f.own.find(f.quantity.raw), 0)
        return f.own[max(0, at - VOTE_LEAD):at + len(f.quantity.raw) + VOTE_REACH]

    # …or whose clause opens with the act (同意重整计划草案的有16位)
    def after(f: Figure) -> str:  # the rest of its clause (9个人在审查意见上签字同意)
        return f.own[max(f.own.find(f.quantity.raw), 0) + len(f.quantity.raw):]

    against = [i for i, f in enumerate(counts) if re.search(votes["against"], near(f))]
    agreed = [i for i, f in enumerate(counts) if i not in against
              and (re.search(act, near(f)) or re.match(rf"\s*(?:{act})", f.own)
                   or act == votes["agree"] and re.search(act, after(f)) and not re.search(votes["against"], after(f)))]
    if not agreed:
        return None
    at = agreed[-1]
    part = counts[at]
    wholes = [(j, f) for j, f in enumerate(counts) if j != at and j not in against
              and f.quantity.value >= part.quantity.value
              and not re.search(votes["agree"], near(f)) and not (act == votes["attend"] and re.search(act, near(f)))]
    if not wholes and against and act == votes["agree"]:
        # 9个人签字同意，另外3个人拒签: no whole said, those for and those against are everyone who voted
        base = part.quantity.value + sum(counts[j].quantity.value for j in against)
        share = 100.0 * part.quantity.value / base
        said = "+".join(counts[j].quantity.raw for j in against)
        return share, f"{part.quantity.raw}/({part.quantity.raw}+{said})={_percent(share)}%"
    if not wholes:
        return None
    if re.search(votes["everyone"], threshold.noun + threshold.raw):
        base = max(wholes, key=lambda x: x[1].quantity.value)[1]
    else:
        base = ([f for j, f in wholes if j < at] or [f for _, f in wholes])[-1]
    share = 100.0 * part.quantity.value / base.quantity.value
    return share, f"{part.quantity.raw}/{base.quantity.raw}={_percent(share)}%"


def _words_shared(noun: str, text: str) -> int:
    """How many two-character pieces of the threshold's words the text holds."""
    words = {noun[i:i + 2] for i in range(len(noun) - 1)} - _MARKER_WORDS
    return sum(1 for w in words if re.fullmatch(r"[\u4e00-\u9fff]{2}", w) and w in text)


def _whole_year(said: str) -> bool:
    """Whether the parts named cover a year: both halves, or all four quarters."""
    halves = "上半年" in said and "下半年" in said or ("first half" in said.lower() and "second half" in said.lower())
    quarters = all(re.search(f"(?:{a}|{b})季度|\\bQ{b}\\b", said) for a, b in zip("一二三四", "1234"))
    return halves or quarters


def _value(q: Quantity, dimension: str) -> float:
    if q.dimension == dimension:
        return q.value
    if (q.dimension, dimension) == ("months", "age"):  # a baby of 13个月 against 未满1周岁
        return q.value / 12
    if {q.dimension, dimension} == {"days", "hours"}:  # 提前3天 against 提前四十八小时: 72 hours
        return q.value * 24 if q.dimension == "days" else q.value / 24
    return q.value / 30 if q.dimension == "days" else q.value * 30  # days <-> months


def _compare(value: float, t: Threshold) -> bool:
    if math.isclose(value, t.value, rel_tol=SAME_VALUE, abs_tol=SAME_VALUE):
        value = t.value  # 0.24亩 is 160平方米 exactly, whatever the last bit of the product says
    return {">": value > t.value, ">=": value >= t.value, "<": value < t.value, "<=": value <= t.value}[t.op]


def _for_person(condition: str, said: str) -> str | None:
    """For a condition of one sex only (女满四十周岁以上): "same" when the asker's person is of it, "other" when of
    the other, "unsaid" when they do not say (or say both); None when the condition is for anyone."""
    p = _patterns()
    m = p["person_rule"].match(fold(condition))
    if not m:
        return None
    named = {k for k in ("女", "男") if p[f"person_{k}"].search(said)}
    return "unsaid" if len(named) != 1 else "same" if m.group(1) in named else "other"


def _said(alias: str, folded: str) -> Iterator[re.Match[str]]:
    """Where the (lower-case) text says a status's word, not as the name of a place (高新区, 高新技术产业开发区) nor
    as the tail of another word (评上|市级 is no 上市: the word starts where one of the text's words does)."""
    edges = _word_edges(folded) if _HAN_WORD.match(alias) else None
    return (m for m in re.finditer(re.escape(alias.lower()), folded)
            if not _PLACE_AFTER.match(folded, m.end()) and (edges is None or _whole_words(m, *edges)))


_HAN_WORD = re.compile(r"^[\u4e00-\u9fff]{2,}$")


@functools.lru_cache(maxsize=1024)
def _word_edges(text: str) -> tuple[dict[int, int], frozenset[int]]:
    """Where jieba's words of the text start (each with its end) and where they end."""
    spans = [(start, end) for _, start, end in tokenizer().tokenize(text, HMM=False)]
    return dict(spans), frozenset(end for _, end in spans)


def _whole_words(m: re.Match[str], ends_of: dict[int, int], ends: frozenset[int]) -> bool:
    """Whether a match starts a word and ends one, or lies inside the one word it starts (上市 of 上市公司)."""
    return m.start() in ends_of and (ends_of[m.start()] >= m.end() or m.end() in ends)


def stated_status(folded: str) -> bool:
    """Whether the text says of the asker any status a condition can require (高企, 上市 ...), not only asks of the rule
    (是否必须具备独立法人资格)."""
    return any(_status(s, folded) is not None for table in ("statuses", "possessions") for s in _table().get(table, {}))


def _status(status: str, text: str) -> bool | None:
    """True when the founder says they are (have) it, False when they say they are not, None when silent."""
    p = _patterns()
    aliases = _table()["statuses"].get(status) or _table()["possessions"][status]
    folded = text.lower()
    found = None
    for alias in sorted(aliases, key=len, reverse=True):
        for m in _said(alias, folded):
            i = m.start()
            clause_start = max((c.end() for c in _STATEMENT_END.finditer(folded[:i])), default=0)
            clause = folded[clause_start:i]  # 也没被兼并收购, 没挂牌上市: a negation anywhere before it in its clause
            after = folded[i + len(alias):i + len(alias) + (40 if alias.isascii() else 12)]
            if p["clause_negation"].search(clause) or p["pending"].search(folded[max(0, i - 8):i]) \
                    or p["not_after"].match(after):
                return False
            if _ASKS.search(clause) or re.match(r"\s*(?:有|的)?(?:要求|规定)", after) \
                    or re.search(r"(?:要|需要|必须|需|应当|得)(?:满足|具备|符合|达到)$", clause.rstrip()):
                continue  # 是否必须具备独立法人资格, 对独立法人资格有要求吗: asked of the rule, not said of theirs
            found = True
    if found is None and any(a.lower() in folded for a in _table().get("contrary", {}).get(status, [])):
        return False  # 我是主动辞职的: the contrary of 非因本人意愿中断就业
    return found


def _relative_bound(condition: str, figs: list[Figure]) -> tuple[bool, str] | None:
    """A bound set by another amount, checked with two of the asker's figures of one kind: the one said of the
    measured thing against the one said of the other amount (要我们交150万的担保 against 最高税款是120万)."""
    m = _RELATIVE.search(fold(_ITEM_NUMBER.sub("", condition)))
    if not m or len(figs) < 2:
        return None
    measured, other = m.group(1), m.group(3)
    forbids = "不得" in condition or "不" + m.group(2) in condition or bool(re.search(r"不应?$", measured))
    # …or a case it describes (职工享受寒暑假天数多于其年休假天数的，不享受…): the asker is in it or not; not a part of
    # a sum (高于…的部分)
    case = not forbids and bool(re.match(r"[^，,。；;]*的(?:[，,]|$)", other) or m.group(4) and m.group().endswith("的")) \
        and not other.startswith("部分")
    times = parse_number(m.group(4)) if m.group(4) else 1.0  # 月平均工资三倍: three times the other amount
    if not forbids and not case:
        return None
    measured = re.sub(r"(?:不得|不应|应当|不)$", "", measured)
    kinds = ("money", "percent", "area") if forbids else ("days", "months", "count", "area")  # (低于最低工资标准的: a rule for pay)
    if case and times != 1:  # …but a pay above a multiple of the average (高于…月平均工资三倍的) is the case of a cap
        kinds += ("money",)
    # the asker's words with the texts' for them (年假 -> 年休假)
    said = [(f.own or f.context) + " " + " ".join(formal_terms(f.own or f.context)) for f in figs]
    # 不得少于原有面积: the amount before a change (原预留地20亩) against the one after it (新选址1.2万平方米), each told
    # by the asker's word for then and now
    then = bool(re.match(r"原", other))
    tense = lambda i, before: 2 * bool(then and (_W["then_words"] if before else _W["now_words"]).search(
        figs[i].own or figs[i].context))
    pick = lambda words, exclude, before=False: max(
        ((_words_shared(words, said[i]) + tense(i, before), i) for i, f in enumerate(figs)
         if i not in exclude and f.quantity.dimension in kinds), default=(0, -1))
    (sa, ia), (sb, ib) = pick(measured, ()), pick(other, (), True)
    if ia == ib and ia >= 0:  # one figure for both: the other side takes its next best
        (sa, ia), (sb, ib) = ((sa, ia), pick(other, (ia,), True)) if sa >= sb else (pick(measured, (ib,)), (sb, ib))
    rest = [i for i, f in enumerate(figs) if i != ib and ib >= 0 and f.quantity.dimension == figs[ib].quantity.dimension]
    if sa < 1 and sb >= 3 and len(rest) == 1:
        # the other amount named in the rule's words (本市去年职工月平均工资1.2万), and the asker's one more figure of its
        # kind in words of their own (月薪4.5万 for 月工资): that is the measured one
        sa, ia = 1, rest[0]
    if min(sa, sb) < 1 or ia < 0 or ib < 0 or figs[ia].quantity.dimension != figs[ib].quantity.dimension:
        return None
    a, b = figs[ia].quantity, figs[ib].quantity
    if not times:
        return None
    bound = b.value * times
    above = m.group(2) in ("超过", "高于", "大于", "多于")
    ok = a.value <= bound if above else a.value >= bound
    if case:  # in the case when the comparison holds
        ok = a.value > bound if above else a.value < bound
    return ok, f"{a.raw}/{b.raw}" if times == 1 else f"{a.raw}/({b.raw}×{m.group(4)}倍)"


def _claimed(condition: str, said: str, others: str) -> tuple[bool, str] | None:
    """A condition with no figure (具有完善的…规章制度; 引进投融资机构设立种子基金) the asker speaks to in a statement of
    their own: a run of four or more of its characters in a clause of theirs that asks nothing, a run that is its
    own (not in the list's heading or another condition: 管理服务 of 管理服务人员 is not 日常管理服务…规章制度).
    (True, the run) when they say they have it, (False, the run) when that clause denies it, else None."""
    p = _patterns()
    text = fold(_ITEM_NUMBER.sub("", condition))
    if text.rstrip("，,；;。. ").endswith("的") or _COMPARES.search(text):
        return None  # a case (…被判处刑罚的), or a threshold not read (大于每秒五十毫帕): no state of theirs to claim
    found = None
    for clause in re.split(r"[，,。；;！!？?]", said):
        if re.search(r"\d", clause):  # a clause with a figure states a quantity
            continue
        run = _shared_run(text, clause, others)
        spans = (clause.find(run), clause.find(run) + len(run), text.find(run), text.find(run) + len(run)) if run \
            else _in_order(text, clause)
        # a clause that asks (是否符合), not in the words it shares with the condition (已建立符合…要求的管理制度)
        if not spans or _ASKS.search(clause[:spans[0]] + " " + clause[spans[1]:]) or _W["asks_whether"].search(clause):
            continue
        run = run or clause[spans[0]:spans[1]]
        denied = lambda t, at, end: bool(p["clause_negation"].search(re.split(r"[，,。；;、]", t[:at])[-1])
                                         or p["not_after"].match(t[end:end + 12]))
        # 无违法违规记录 against 最近3年无重大违法违规记录: both deny it, and so agree
        if denied(clause, spans[0], spans[1]) != denied(text, spans[2], spans[3]):
            return False, run
        found = found or (True, run)
    return found


def _in_order(text: str, clause: str) -> tuple[int, int, int, int] | None:
    """Where a clause holds all of a condition's own characters in their order, its joining ones aside (有固定办公场所
    及必要设施 for 有固定的场所和必要的设施), within twice their length: (start, end) in the clause, then in the
    condition. None for a condition of fewer than CLAIMED_IN_ORDER such characters."""
    body = re.search(r"[\u4e00-\u9fff].*[\u4e00-\u9fff]", text)
    if not body:
        return None
    own = [(i, ch) for i, ch in enumerate(text) if body.start() <= i < body.end() and "\u4e00" <= ch <= "\u9fff"
           and ch not in _FUNCTION_CHARACTERS]
    if len(own) < CLAIMED_IN_ORDER:
        return None
    start = clause.find(own[0][1])
    while start >= 0:
        at = start
        for _, ch in own[1:]:
            at = clause.find(ch, at + 1)
            if at < 0:
                break
        else:
            if at + 1 - start <= 2 * len(own):
                return start, at + 1, own[0][0], own[-1][0] + 1
        start = clause.find(own[0][1], start + 1)
    return None


def _shared_run(text: str, clause: str, others: str) -> str:
    """The longest run of Chinese characters (four or more) the clause shares with a condition and not with others."""
    best = ""
    for i in range(len(clause)):
        for j in range(i + 4, len(clause) + 1):
            piece = clause[i:j]
            if not _HAN_RUN.fullmatch(piece) or piece not in text:
                break
            if j - i > len(best) and piece not in others:
                best = piece
    return best


def _unsure_of(c: Condition, every: list[Condition], clauses: list[str]) -> str | None:
    """The asker's clause saying they do not know what the condition names (管理处还没告诉我们是缓冲区还是实验区 of
    缓冲区…; 有没有被判过刑我不太清楚 of 曾被判处有期徒刑…): it names a piece of the condition's words that no other
    condition has."""
    own = _pieces(fold(_ITEM_NUMBER.sub("", c.text))) - set().union(*(_pieces(fold(o.text)) for o in every if o is not c))
    own -= _MARKER_WORDS
    return next((clause.strip() for clause in clauses if own & _pieces(clause)), None)


def _asked_condition(conds: list[Condition], question: str, heading: str, only_named: bool = False) -> list[Condition]:
    """Of a list all of whose conditions must hold, the one condition a question asks about (会不会超了孵化时限？
    国家级对毕业企业数量的要求我们够吗？这样符合租期要求吗？): its asking clause names that condition's own words (not
    the list's: 毕业, 申报), two of them or one no other condition has, and the asker's figures bear on it (when they bear
    on others too, it is the only one named). A question whether the asker is past a limit (会不会超期) asks about the
    one limit the figures bear on. Then its verdict is the answer, not the whole list's. `only_named`: of separate
    provisions, only the one its asking clause names, when no other the figures bear on is named."""
    clauses = [c for c in re.split(r"[，,。；;！!？?]", fold(question)) if c.strip()]
    at = next((n for n in reversed(range(len(clauses))) if _patterns()["asks_of"].search(clauses[n])), None)
    asking = "" if at is None else clauses[at]  # 整体能批吗 after 门槛够吗
    if at and _patterns()["points_at"].search(clauses[at - 1]) and not _patterns()["points_at"].search(asking) \
            and not _patterns()["asks_of"].search(clauses[at - 1]):
        # 在孵企业数量这一条，够不够…: the item pointed at is what is asked (注册资本这块门槛够吗？整体能批吗？ asks both)
        asking = f"{clauses[at - 1]}，{asking}"
    settled = [c for c in conds if c.given]
    if not asking or not settled or len(conds) < 2:
        return conds
    head = _pieces(fold(heading))
    mine = _pieces(asking) - head
    # an asking clause in the list's own words (能…提起诉讼吗 of …的社会组织可以提起诉讼) asks about the whole list
    purpose = len(_pieces(asking) & head) >= CASE_LEAD
    own = [_pieces(fold(c.text)) for c in conds]

    def names(i: int) -> bool:
        shared = mine & own[i]
        return len(shared) >= CASE_LEAD or not purpose and any(
            all(p not in o for j, o in enumerate(own) if j != i) for p in shared)

    named = [c for i, c in enumerate(conds) if names(i)]
    if only_named:
        # of separate provisions (这个延长的时间合规吗): the one settled provision whose measured words its asking clause
        # names (延长时间 of 延长时间最长不超过十二个月; not 牌匾标识, what either way of measuring defines), no other
        # settled one named at all
        measured = _pieces(fold(" ".join(t.noun.split(" ", 1)[0] for t in named[0].thresholds))) if len(named) == 1 \
            else set()
        alone = len(named) == 1 and named[0].given and len(mine & measured) >= CASE_LEAD \
            and not any(mine & own[i] for i, c in enumerate(conds) if c.given and c is not named[0])
        return named if alone else conds
    said = _pieces(fold(question)) - head  # …会不会超期？入驻的时候公司成立多久我记不清: another condition spoken of
    others = any(len(said & own[i]) >= CASE_LEAD for i, c in enumerate(conds) if not c.given)
    if named == settled and len(settled) == 1 and (len(mine & own[conds.index(named[0])]) >= CASE_LEAD or not others):
        return named
    shares = sorted(((len(mine & own[conds.index(c)]), k) for k, c in enumerate(named)), reverse=True)
    if shares and shares[0][0] >= 2 * CASE_LEAD and named[shares[0][1]].given and named[shares[0][1]].thresholds \
            and all(n * 2 <= shares[0][0] for n, _ in shares[1:]):
        # 公共办公场所面积比例是否符合要求: the item named most in words of its own, by far, whatever else 800平 settles
        return [named[shares[0][1]]]
    if not named and not others and len(settled) == 1 and _patterns()["points_at"].search(asking) \
            and mine & own[conds.index(settled[0])]:
        # 面积这一项够不够: a word other items share too, but the one item the asker's figures settle; the list's own
        # words beside it (申请省级众创空间时运营时间这一条算达标吗) say which list, not that the whole is asked
        return settled
    share = [c for c in settled if [t.dimension for t in c.thresholds] == ["percent"]]
    if not named and not purpose and len(share) == 1 and _patterns()["asks_share"].search(asking) \
            and not any(t.dimension == "percent" for c in conds if c is not share[0] for t in c.thresholds):
        # 这个占比够不够: the list's one share, which the asker's figures settle (whatever else the total they divide
        # by settles: 总面积1200平方米 of a minimum area), unless the asker speaks of another item in words of its own
        # (what all items say, 劳动就业服务企业…, is no other item; what a word means is none)
        mine_too = own[conds.index(share[0])]
        if not any(len(said & own[i] - mine_too) >= CASE_LEAD for i, c in enumerate(conds)
                   if not c.given and not _patterns()["meaning"].search(c.text)):
            return share
    if not named and not purpose and not others and len(settled) == 1 and _ASKS_OVER.search(asking) \
            and settled[0].thresholds and all(t.op in ("<", "<=") for t in settled[0].thresholds):
        return settled
    return conds


def _asked_category(conds: list[Condition], items: list[str], said: str) -> list[Condition]:
    """Provisions that each define a category (…满一百八十三天的个人，为居民个人; …不满…的个人，为非居民个人)
    are not a list: the asker asks about one category (算居民个人吗), so only its definition is checked."""
    defines = [m.group(1) if (m := _DEFINES.search(fold(item))) else "" for item in items]
    named = {d for d in defines if d}
    if len(named) < 2:
        return conds
    # a category counts as asked when the asker names it, and not only inside a longer one (居民 in 非居民)
    asked = {d for d in named if any(d in m.group() and not any(o != d and d in o and o in said for o in named)
                                     for m in re.finditer(re.escape(d), said))}
    if not asked:
        return conds
    return [c for c in conds if defines[c.item] in asked]


def fine_for_cases(lead: str, cases: list[str]) -> bool:
    """Whether an article's lead sets a fine for the cases its numbered items list (有下列情形之一的，…并处一万元以上
    五万元以下罚款：（一）…): then the lead, not the items, holds what the asker's fine is checked against."""
    return bool(_FINE.search(lead)) and bool(thresholds(lead)) and not any(thresholds(c) for c in cases)


def _asked_case(conds: list[Condition], items: list[str], said: str) -> list[Condition]:
    """Items that each set the sanction for a case of their own (（一）未经批准设立…的，…处以一千元以上五千元以下罚款；
    （二）未经核准擅自举办大型人才交流活动的，…处以二千元以上一万元以下罚款) are not a list: the asker's case is the
    item whose case (the words before its sanction) shares clearly most with what they said; only its conditions
    are checked. Nothing changes when no item stands out."""
    sanctioned = [i for i, item in enumerate(items) if _SANCTION.search(item)]
    if len(sanctioned) < 2:
        return conds
    cases = {i: _SANCTION_START.split(fold(_ITEM_NUMBER.sub("", items[i])), 1)[0] for i in sanctioned}
    scores = {i: _words_shared(case, said) for i, case in cases.items()}
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] < CASE_LEAD or ranked[0] - ranked[1] < CASE_LEAD:
        return conds
    mine = max(scores, key=lambda i: scores[i])
    return [c for c in conds if c.item == mine]


def _measure(c: Condition) -> str:
    """What a condition's first threshold measures, all times alike (days, months, years)."""
    return "time" if c.thresholds[0].dimension in _TIMES else c.thresholds[0].dimension


def _asked_parallel(conds: list[Condition], said: str, heading: str, items: list[str], cases_only: bool = False
                    ) -> list[Condition]:
    """Parallel provisions (of one article) of one measure for different things (一项发明专利的奖金最低不少于二千元；一项实用新型专利
    或者外观设计专利的奖金最低不少于五百元; 提前三十日通知工会… beside 在六个月内录用人员的) are not alternatives: the
    asker's is the one whose own words (those no other shares, nor the title: 创新创业 of 青年创新创业促进条例) they
    clearly name, when no other's are named. With `cases_only` (the items of a list), only items that are each a case
    (…围海型项目…十公顷以上不满六十公顷的；…开放型项目…二百公顷以上不满七百公顷的) are told apart this way: requirements
    of one measure (在孵企业不少于50家; 毕业企业不少于10家) all hold."""
    # the words above the article (its title, its chapter), not the article's own lead, which names the very
    # subjects its provisions set apart (中小学、幼儿园应当…: 中小学的…两次以上；幼儿园的…三次以上)
    above = _ARTICLE_START.split(heading, 1)[0]
    groups: dict[str, list[int]] = {}
    for i, c in enumerate(conds):
        held_with = c.joint or (i + 1 < len(conds) and conds[i + 1].joint)  # 不少于50家且每千平方米…: both hold
        if c.thresholds and c.case is None and not held_with \
                and not (cases_only and not re.search(r"的\s*[；;。]?\s*$", fold(c.text))):
            groups.setdefault(_measure(c), []).append(i)
    drop: set[int] = set()
    for members in groups.values():
        if len(members) < 2 or all(_patterns()["person_rule"].match(fold(conds[i].text)) for i in members):
            continue  # one limit for each sex (男满六十周岁、女满五十周岁且无养老金…): the asker's sex tells them apart
        after = {i: _consequence(conds[i], items) for i in members if _is_case(conds[i])}  # each case's consequence
        if any(fold(conds[j].text) in then for i, then in after.items() for j in members if j != i):
            continue  # a case and what its consequence requires (…建筑面积低于四十五平方米的，…最低面积补偿标准不得少于
            # 四十五平方米): one provision, not two of which the asker names one
        pieces = {i: _pieces(conds[i].text) - _pieces(above) for i in members}
        distinct = {i: own - set().union(*(pieces[j] for j in members if j != i)) for i, own in pieces.items()}
        if not all(distinct.values()):
            continue  # provisions in the same words (…30日内支付款项, …60日内支付款项): their subjects tell them apart
        named = {i: sum(p in said for p in own) for i, own in distinct.items()}
        chosen = [i for i, n in named.items() if n >= CASE_LEAD]
        if len(chosen) == 1 and all(n == 0 for i, n in named.items() if i != chosen[0]):
            drop.update(i for i in members if i != chosen[0])
    return [c for i, c in enumerate(conds) if i not in drop]


_OWNER_THEN = re.compile(r"^(?:的|必须|应当|应|须|不得)")  # what follows an owner: its measure (的建筑面积), or its duty


def _asked_owner(conds: list[Condition], said: str) -> list[Condition]:
    """Limits of one measure for different owners, said in the same words but the owner's (市公共图书馆的建筑面积应当达到
    20000平方米以上…；街道、乡镇公共图书馆（室）的建筑面积应当达到100平方米以上，阅览座位应当达到30席以上; 驾驶自行车、
    人力三轮车必须年满十二周岁；驾驶电动自行车…必须年满十六周岁) bind only the owner the asker names (街道图书馆, 电动
    自行车): the conditions said of the others (their own and those after them in their item: 阅览座位应当达到1200席以上)
    are left out. An owner is followed by 的 or a duty (not 在孵企业不少于 beside 毕业企业不少于: what is counted); it is
    named by a word of two characters or more of its own, less the words all owners share (公共图书馆), and not only
    inside another's longer word (自行车 of 电动自行车). When none or several are named, all stay."""
    leads: dict[int, tuple[str, str]] = {}
    for i, c in enumerate(conds):
        text = _ITEM_NUMBER.sub("", fold(c.text))
        found = quantities(text) if c.thresholds else []
        if found:
            leads[i] = (_measure(c), text[:found[0].start])
    owner: dict[int, str] = {}
    groups: dict[str, list[int]] = {}
    for i, (measure, before) in leads.items():  # (said alike up to the number: 年满 of 必须年满, not 载一名)
        groups.setdefault(f"{measure} {before[-2:]}", []).append(i)
    for members in groups.values():
        befores = [leads[i][1] for i in members]
        if len(members) < 2 or len(set(befores)) < len(befores):
            continue
        head = len(os.path.commonprefix(befores))
        # the words after the owners, from where they open with 的 or a duty (车必须年满 of 自行车…必须年满: 必须年满)
        tail = next((k for k in range(len(os.path.commonprefix([b[::-1] for b in befores])), 1, -1)
                     if _OWNER_THEN.match(befores[0][len(befores[0]) - k:])), 0)
        if not tail or any(len(b) - tail <= head for b in befores):
            continue
        owner.update({i: b[head:len(b) - tail] for i, b in zip(members, befores)})
    # each condition belongs to the owner said last before it in its item
    anchor: dict[int, int] = {}
    for i, c in enumerate(conds):
        if i in owner:
            anchor[i] = i
        elif i and conds[i - 1].item == c.item and i - 1 in anchor:
            anchor[i] = anchor[i - 1]
    drop: set[int] = set()
    for members in groups.values():
        members = [i for i in members if i in owner]
        if len(members) < 2:
            continue
        shared = _shared_by_all([owner[i] for i in members])
        tokens = {i: [t for t in re.split(r"[、和及与或（）()]", owner[i]) if t] for i in members}
        # a word of the owner's, and what is left of it less the words every owner has (乡镇 of 乡镇公共图书馆)
        names = {i: [n for t in ts for n in {t, t.replace(shared, "") if len(shared) >= 2 else t} if len(n) >= 2]
                 for i, ts in tokens.items()}
        longer = lambda t, i: [o for j in members if j != i for o in names[j] if t in o and o != t and o in said]  # noqa: E731
        chosen = [i for i in members if any(t in said and said.count(t) > sum(said.count(o) for o in longer(t, i))
                                            for t in names[i])]
        # …and no other owner is named in part (历史文化街区的建设控制地带内 of 历史文化街区建设控制地带内)
        pairs = lambda text: {text[k:k + 2] for k in range(len(text) - 1)}  # noqa: E731
        if len(chosen) == 1 and not any(pairs(owner[j]) - pairs(owner[chosen[0]]) - pairs(shared) & pairs(said)
                                        for j in members if j != chosen[0]):
            drop.update(i for i, a in anchor.items() if a in members and a != chosen[0])
    return [c for i, c in enumerate(conds) if i not in drop]


def _shared_by_all(texts: list[str]) -> str:
    """The longest run of characters every text has (公共图书馆 of 市公共图书馆 and 街道、乡镇公共图书馆（室）)."""
    first = min(texts, key=len)
    for n in range(len(first), 1, -1):
        for i in range(len(first) - n + 1):
            run = first[i:i + n]
            if all(run in t for t in texts):
                return run
    return ""


def _asked_consequence(conds: list[Condition], items: list[str], said: str) -> list[Condition]:
    """Cases of separate provisions, each with its own consequence (…达到两次…的，暂扣营运资格证件…；…达到三次…的，
    吊销营运资格证件): the asker who names one consequence in words no other has (会不会被吊销) asks about that case;
    the others drop, unless they are named too."""
    # (an item's case whose consequence its list's lead states, （一）…满十年的；, has none of its own: it stays)
    pieces = {i: own for i, c in enumerate(conds) if _is_case(c) and c.thresholds
              and (own := _pieces(_consequence(c, items)))}
    cases = list(pieces)
    if len({conds[i].item for i in cases}) < 2:
        return conds
    distinct = {i: own - set().union(*(pieces[j] for j in cases if conds[j].item != conds[i].item))
                for i, own in pieces.items()}
    named = {i: sum(p in said for p in own) for i, own in distinct.items()}
    if max(named.values()) == 0:
        return conds
    return [c for i, c in enumerate(conds) if i not in named or named[i] > 0]


def _asked_scope(conds: list[Condition], items: list[str], said: str) -> list[Condition]:
    """Provisions in the same words for different scopes (（一）经营全国的…基础电信业务的，其注册资本最低限额为10亿元人民币；经营
    增值电信业务的，其注册资本最低限额为1000万元人民币；（二）经营省…范围内的…) differ only in the words before them: their item's
    lead and their own case. The asker's is the one whose words of scope, less those every one of them shares, they name
    most, by at least CASE_LEAD pieces and more than any other; all stay when none stands out."""
    groups: dict[str, list[int]] = {}
    for i, c in enumerate(conds):
        if c.thresholds and c.case is None and not c.joint and 0 <= c.item < len(items):
            groups.setdefault(_measure(c), []).append(i)
    mine = _pieces(said)
    drop: set[int] = set()
    for members in groups.values():
        if len(members) < 2 or len({frozenset(_pieces(conds[i].text)) for i in members}) > 1:
            continue  # provisions in words of their own are told apart by those (_asked_parallel)
        scopes = _scopes([conds[i] for i in members], items)
        if scopes is None:
            continue
        common = set.intersection(*scopes)
        scores = [len((sc - common) & mine) for sc in scopes]
        best = max(scores)
        if best >= CASE_LEAD and sorted(scores)[-2] < best:
            drop.update(i for i, n in zip(members, scores) if n < best)
    return [c for i, c in enumerate(conds) if i not in drop]


def _scopes(conds: list[Condition], items: list[str]) -> list[set[str]] | None:
    """Each provision's words of scope: its item's words before the item's first provision, and those between the
    provision before it in the item and itself (its own case: ；经营增值电信业务的，). None when one is not found."""
    out: list[set[str]] = []
    lead: dict[int, str] = {}
    cursor: dict[int, int] = {}  # per item: where the provision before ends
    for c in conds:
        item, own = fold(items[c.item]), fold(c.text)
        at = item.find(own, cursor.get(c.item, 0))
        if at < 0:
            return None
        lead.setdefault(c.item, item[:at])
        case = item[cursor[c.item]:at] if c.item in cursor else ""
        out.append(_pieces(lead[c.item]) | _pieces(case))
        cursor[c.item] = at + len(own)
    return out


def _each_named(conds: list[Condition], said: str) -> bool:
    """Whether the asker's words hold, for every condition, a piece of its words that no other condition has."""
    pieces = [_pieces(fold(c.text)) for c in conds]
    mine = _pieces(said)
    return all(own - set().union(*(p for j, p in enumerate(pieces) if j != i)) & mine for i, own in enumerate(pieces))


def _pieces(text: str) -> set[str]:
    """Two-character pieces of the Chinese words in a text (not of its figures and units)."""
    han = re.sub(r"[^\u4e00-\u9fff]|[零一二两三四五六七八九十百千万亿个年月日天]", " ", text)
    return {han[i:i + 2] for i in range(len(han) - 1) if " " not in han[i:i + 2]} - _MARKER_WORDS


def _by_category(conds: list[Condition], items: list[str], said: str) -> list[Condition]:
    """One item's rule for a category of askers beside its general rule (孵化时限不超过48个月。技术领域为生物医药…的
    企业，孵化时限不超过60个月; 在孵企业不少于20家（专业孵化器的在孵企业不少于15家）): the category's threshold
    binds an asker who names the category, the general one any other asker; never both."""
    drop: set[int] = set()
    for i, c in enumerate(conds):
        if not c.thresholds:
            continue
        general = [j for j, g in enumerate(conds[:i]) if g.item == c.item and g.thresholds
                   and g.thresholds[0].dimension == c.thresholds[0].dimension and j not in drop]
        if not general:
            continue
        folded = fold(items[c.item])
        at = folded.find(c.thresholds[0].raw)
        lead = folded[:at] + c.thresholds[0].raw if at >= 0 else ""
        lead = lead[max((m.end() for m in _CATEGORY_START.finditer(lead)), default=0):]
        m = _CATEGORY.search(lead)
        if not m:
            continue
        terms = [t for t in re.split(r"[、，,和及与或]", _CATEGORY_PREFIX.sub("", m.group(1))) if len(t) >= 2]
        if any(a in said for t in terms for a in _aliases(t)):
            drop.update(general)
        else:
            drop.add(i)
    return [c for i, c in enumerate(conds) if i not in drop]


def _aliases(term: str) -> set[str]:
    """A category's name and the asker's words for it (生物医药: 创新药, 药企; corpus/knowledge/families.toml)."""
    return {term} | {a.lower() for fam in families() for sib in fam.siblings if term in (sib.name, *sib.aliases)
                     for a in (sib.name, *sib.aliases)}


def _applicable(conds: list[Condition], said: str, items: list[str] = ()) -> list[Condition]:
    """The conditions that apply to the asker. A list that sets kinds apart (综合性众创空间 …500平方米,
    专业化众创空间 …1000平方米: two siblings of one family, corpus/knowledge/families.toml) holds conditions for
    one kind only; those of a kind other than the one the asker names are left out. The kinds set apart may be named
    in the provisions' other words (探矿权的期限为五年…续期最多不超过三次 beside 采矿权…最长不超过三十年)."""
    setting_apart = {f.name for f in families() if f.kinds}
    named: dict[str, set[str]] = {}
    for m in sibling_mentions(said):
        named.setdefault(m.key.family, set()).add(m.key.name)
    kinds = [{(m.key.family, m.key.name) for m in sibling_mentions(fold(c.text)) if m.key.family in setting_apart}
             for c in conds]
    listed: dict[str, set[str]] = {}
    in_items = _kinds_named(tuple(items), frozenset(setting_apart))
    for family, name in set().union(in_items, *kinds) if kinds else ():
        listed.setdefault(family, set()).add(name)
    apart = {f for f, names in listed.items() if len(names) > 1 and named.get(f)}
    unsaid = {f for f, names in listed.items() if len(names) > 1 and not named.get(f)}
    for c, ks in zip(conds, kinds):  # which kind is theirs the asker did not say: such a condition may not bind them
        c.kind_unsaid = any(f in unsaid for f, _ in ks)

    def others(ks: set[tuple[str, str]]) -> bool:  # names kinds set apart, none of them the asker's
        mine = {(f, name) for f, name in ks if f in apart}
        return bool(mine) and not any(name in named[f] for f, name in mine)

    out = []
    for c, ks in zip(conds, kinds):
        if others(ks):
            continue
        # 一项发明专利的奖金不少于四千元；一项实用新型专利…不少于一千五百元: one item, a threshold for each kind
        own = [t for t in c.thresholds
               if not others({(m.key.family, m.key.name) for m in sibling_mentions(t.raw)})]
        if own != c.thresholds and (own or c.statuses):
            c.thresholds = own
        out.append(c)
    return out


@functools.lru_cache(maxsize=1024)
def _kinds_named(items: tuple[str, ...], setting_apart: frozenset[str]) -> frozenset[tuple[str, str]]:
    """The kinds set apart (family, sibling) that a list's items name: read once per list, not per question."""
    return frozenset((m.key.family, m.key.name) for item in items for m in sibling_mentions(fold(item))
                     if m.key.family in setting_apart)


def _by_kind_named(conds: list[Condition], figs: list[Figure], out: dict[tuple[int, int], tuple[float, str]],
                   said: str, anchors: tuple[str, ...], items: list[str] = ()) -> dict[tuple[int, int], tuple[float, str]]:
    """Separate provisions for kinds of one measure (户外广告设施…不超过三年；电子显示装置…的设置期限不超过六年), none of
    whose words the asker's one figure of it names (想一次批8年): the figure is the one for the kind their question
    names (LED电子大屏), when only one provision's words are theirs; an age, against every age limit. A time is named
    by what must be done in it, the words after it too (…之日起一个月内，向发证机关报告 for 拖到4月20号才去发证机关报告)."""
    for dimension in {t.dimension for c in conds for t in c.thresholds}:
        of_kind = [(ci, ti, t) for ci, c in enumerate(conds) for ti, t in enumerate(c.thresholds) if t.dimension == dimension]
        kinds = _TIMES if dimension in _TIMES else (dimension,)
        theirs = {_value(f.quantity, dimension) for f in figs if f.quantity.dimension in kinds}
        if len(of_kind) < 2 or len(theirs) != 1 or any((ci, ti) in out for ci, ti, _ in of_kind):
            continue
        # its own words first; a time's sentence next, when they do not tell
        sentence = (lambda ci: _words_shared(_provision_sentence(conds[ci], items), said)) \
            if dimension in _TIMES and items else (lambda ci: 0)
        # a time counted from an event the asker says happened (上个月收到处分决定书，…已经35天了) before one counted from
        # an event they do not name (自接到复核申请后), then its own words
        since = (lambda t: _counted_from_said(t, said)) if dimension in _TIMES else (lambda t: 0)
        shared = [((since(t), _words_shared(t.noun, said), sentence(ci)), ci, ti, t) for ci, ti, t in of_kind]
        top = max(n for n, *_ in shared)
        named = [(ci, ti, t) for n, ci, ti, t in shared if n == top]
        if dimension == "age":  # the asker's one age (今年56) is theirs against every age limit (男性…, 女性…)
            named = of_kind
        elif not any(top) or len(named) != 1:
            continue
        for ci, ti, t in named:
            given = _given(t, figs, True, anchors)
            if given is not None:
                out[(ci, ti)] = given
    # the one time counted from an event the asker names (申诉应当自快件交寄之日起六个月内 for 去年11月20号寄的快件) takes
    # their one time too, whatever unit the others beside it are in (…七日内, …十五日内, which words of theirs may name)
    timed = [(ci, ti, t) for ci, c in enumerate(conds) for ti, t in enumerate(c.thresholds) if t.dimension in _TIMES]
    anchored = [(ci, ti, t) for ci, ti, t in timed if _counted_from_said(t, said)]
    if len(timed) >= 2 and len(anchored) == 1 and anchored[0][:2] not in out \
            and len({_value(f.quantity, "days") for f in figs if f.quantity.dimension in _TIMES}) == 1:
        given = _given(anchored[0][2], figs, True, anchors)
        if given is not None:
            out[anchored[0][:2]] = given
    return out


def _counted_from_said(threshold: Threshold, said: str) -> int:
    """1 when the event a time is counted from (自收到处分决定书之日起, 自接到复核申请后) is said by the asker in its
    own words, its act and its object perhaps apart in one clause (收到了…准予登记的通知 for 收到通知), else 0."""
    m = _ANCHOR.search(threshold.noun) or _W["anchor_after"].search(threshold.noun)
    if not m:
        return 0
    event = m.group(1)
    if event in said:
        return 1
    if len(event) >= 4 and re.search(f"{re.escape(event[:2])}[^，,。；;？?！!]{{0,16}}?{re.escape(event[-2:])}", said):
        return 1
    # its object whole and its verb by the verb's last character, said as a word (快件交寄 for 寄的快件)
    words = [w for w in tokenizer().lcut(event) if len(w) >= 2]
    if len(words) != 2:
        return 0
    for clause in _CLAUSES.split(said):
        whole = [w for w in words if w in clause]
        if len(whole) == 1 and next(w for w in words if w not in whole)[-1] in tokenizer().lcut(clause):
            return 1
    return 0


_DEADLINE = re.compile(r"[内前]")  # 三十日内, 期满三十日前: a time within which an act is due (not 满五年不足十年的, a case)


def _act_of_theirs(conds: list[Condition], items: list[str], said: str) -> list[Condition]:
    """Of separate provisions' deadlines that one span of the asker's is given to, met by one and not by another, or
    not told by one (登记管理机关应当自收到申请之日起40日内… beside 采矿权申请人应当自收到通知之日起30日内…): limits of
    different acts. The asker's is the one counted from an event they name (收到了…通知), else the one whose sentence
    speaks most of what they say; the others are no limit of theirs and are left out. When neither tells, all stay."""
    # (a span too close to one limit to tell, 两周多 against 十五日内, is given to it all the same)
    timed = [c for c in conds if c.given and c.thresholds
             and all(t.dimension in _TIMES and _DEADLINE.search(t.raw) for t in c.thresholds)]
    for given in dict.fromkeys(c.given for c in timed):
        group = [c for c in timed if c.given == given]
        if len({c.verdict for c in group}) < 2:
            continue
        score = {id(c): (max(_counted_from_said(t, said) for t in c.thresholds),
                         _words_shared(_provision_sentence(c, items), said)) for c in group}
        top = max(score.values())
        best = [c for c in group if score[id(c)] == top]
        if len({c.verdict for c in best}) > 1:
            return conds
        return [c for c in conds if c not in group or c in best]
    return conds


def _provision_sentence(c: Condition, items: list[str]) -> str:
    """The sentence of its item a condition is said in, up to its end (…一个月内，向发证机关报告，并按照规定…。)."""
    if not 0 <= c.item < len(items):
        return c.text
    item = fold(items[c.item])
    at = item.find(fold(c.text))
    if at < 0:
        return c.text
    start = max((m.end() for m in _SENTENCE_OR_CASE.finditer(item, 0, at)), default=0)
    end = _SENTENCE_OR_CASE.search(item, at + len(fold(c.text)))
    return item[start:end.start() if end else len(item)]


def _one_figure_one_condition(conds: list[Condition], figs: list[Figure], single: bool,
                              whole: bool, said: str = "", items: list[str] = ()) -> dict[tuple[int, int], tuple[float, str]]:
    """The founder's value for each (condition, threshold). In a whole list, a figure the founder gave for one thing
    (在孵企业使用面积占78%, 在孵企业52家) answers the items that name most of its kinds of quantity (在孵企业 and 面积),
    not every other item of its unit (专业孵化服务人员占80%, 累计毕业企业20家). Separate provisions (35周岁以下; 超过
    35周岁不满45周岁的…) each take it."""
    out: dict[tuple[int, int], tuple[float, str]] = {}
    uses: dict[int, list[tuple[int, int, tuple[int, int]]]] = {}  # figure -> (condition, threshold, how well named)
    anchors = tuple(m.group(1) for c in conds for t in c.thresholds if (m := _ANCHOR.search(t.noun)))
    # a limit the only one of its kind (四小时内 beside 五个工作日内): the asker's one figure of that very kind is for it
    of_kind = Counter(t.dimension for c in conds for t in c.thresholds)
    mine = Counter(f.quantity.dimension for f in figs)
    for ci, c in enumerate(conds):
        for ti, t in enumerate(c.thresholds):
            alone = of_kind[t.dimension] == 1 == mine[t.dimension] and t.dimension in _ALONE
            given = _given(t, figs, single or alone, anchors)
            if given is None:
                continue
            out[(ci, ti)] = given
            used = [f for f in figs if f.quantity.raw == given[1]]
            if len(used) == 1:  # how many of the rule's kinds of quantity (营业收入, 面积, 在孵企业) the figure's words
                # name, then how many of its words (小微企业 11家 and 创业团队 15个 against 小微企业…、创业团队…)
                # kinds in its own clause: the sentence around it holds other figures' words (我今年28岁，…失业10个月);
                # first, a time counted from an event the asker names (自变更之日起十日内 for 使用单位从开发商变成了我们
                # …去办的变更登记) is theirs, not one beside it in the same item (投入使用后三十日内…办理使用登记)
                kinds = (_counted_from_said(t, said), len(_noun_groups(t.noun) & _noun_groups(used[0].own or used[0].context)),
                         _affinity(t, used[0]))
                uses.setdefault(id(used[0]), []).append((ci, ti, kinds))
    if not whole:
        return _by_kind_named(conds, figs, out, said, anchors, items)
    taken: dict[tuple[int, int], set[int]] = {}
    for fid, found in uses.items():
        if len({ci for ci, _, _ in found}) < 2:
            continue
        if all(conds[ci].thresholds[ti].dimension == "age" for ci, ti, _ in found):
            continue  # the asker's one age is for every band of age (已满十四周岁不满十六周岁的; 七十周岁以上的)
        best = max(kinds for _, _, kinds in found)
        for ci, ti, kinds in found:
            if kinds < best:
                taken.setdefault((ci, ti), set()).add(fid)
    for (ci, ti), gone in taken.items():  # the next figure the item's words name, if any
        rest = [f for f in figs if id(f) not in gone]
        given = _given(conds[ci].thresholds[ti], rest, single, anchors)
        if given is None:
            del out[(ci, ti)]
        else:
            out[(ci, ti)] = given
    return out


def _one_range(ts: list[Threshold]) -> bool:
    """Whether two thresholds are the two ends of one range: said with its unit once (十八至二十四周岁), or a range of
    ages with the unit at each end (两周岁至三周岁: whose age it is, the asker's one age says; not a band of time,
    满六个月不满一年, which an asker's several times may each be about)."""
    if len(ts) != 2:
        return False
    low, high = sorted(ts, key=lambda t: t.value)
    return all(t.spanned for t in ts) or low.dimension == high.dimension == "age" and low.value < high.value \
        and low.op in (">=", ">") and high.op in ("<=", "<")


def _ranges_whole(c: Condition, results: list[tuple[bool, str]], ends: list[int]) -> list[tuple[bool, str]]:
    """Of alternatives (或), a range's two ends are one alternative (十八周岁以上…或…代表二至三人 against 4个代表): an end
    held while the other end fails holds nothing."""
    held = dict(zip(ends, (ok for ok, _ in results)))
    def partner(ti: int) -> int | None:
        t = c.thresholds[ti]
        for o in (ti - 1, ti + 1):
            if 0 <= o < len(c.thresholds) and t.spanned and c.thresholds[o].spanned and t.dimension == c.thresholds[o].dimension:
                return o
        return None
    out = list(results)
    for k, ti in enumerate(ends):
        o = partner(ti)
        if out[k][0] and o is not None and held.get(o) is False:
            out[k] = (False, out[k][1])
    return out


def _range_left(c: Condition, results: list[tuple[bool, str]], ends: list[int]) -> list[tuple[bool, str]]:
    """Of a barring case's alternatives (或), a range's two ends are one alternative: out of it (ok) when the figure is
    past either end, so both ends read as out then (12万元 against 二万元以上不满十万元)."""
    held = dict(zip(ends, (ok for ok, _ in results)))
    out = list(results)
    for k, ti in enumerate(ends):
        t = c.thresholds[ti]
        # (the other end: beside it, of its kind, bounding the other way: 二万元以上 | 不满十万元)
        partners = [o for o in (ti - 1, ti + 1) if 0 <= o < len(c.thresholds)
                    and t.dimension == c.thresholds[o].dimension and (t.op[0] == ">") != (c.thresholds[o].op[0] == ">")]
        if not out[k][0] and any(held.get(o) for o in partners):
            out[k] = (True, out[k][1])
    return out


def _without_echoes(figs: list[Figure], conds: list[Condition]) -> list[Figure]:
    """The asker's figures without a rule's own limit they repeat beside a figure of theirs of the same thing (场地只有400平…
    场地不到500平是不是直接没戏, against 不低于500平方米): 不到500平 asks about the limit, it is no size of theirs."""
    limits = [(t.dimension, t.value) for c in conds for t in c.thresholds]
    def echo(f: Figure) -> bool:
        q = f.quantity
        if not _W["bound_said"].match(q.raw):
            return False
        # …a figure of the same thing (场地 in both; not 总建筑面积2.3万 beside 单栋都不到3000平)
        if not any(g is not f and g.quantity.dimension == q.dimension and not _W["bound_said"].match(g.quantity.raw)
                   and _words_shared(g.before or g.own, f.before or f.own) for g in figs):
            return False
        return any(d == q.dimension and abs(_value(q, d) - v) <= 0.001 * max(abs(v), 1) for d, v in limits)
    return [f for f in figs if not echo(f)]


def check(items: list[str], heading: str, turns: list[str], *, citation: int, english: bool = False,
          default_rule: str = "all", whole: bool = False, gloss: Gloss | None = None) -> Checks | None:
    """The verdicts on a list, or None when the founder states no figure or status at all. When what they
    state bears on none of its conditions, every measurable condition is unknown (`bearing` False).

    `default_rule` is how the conditions combine when the heading does not say: "all" for a list,
    "any" for the separate provisions of a paragraph (青年 is 35 or under; or 35-45 in some industries).
    """
    if not english:
        turns = _mended(turns, items)
    # the calendar days the asker names bear on a rule's days only (read from the list's conditions, parsed once)
    bounds_days = any(t.dimension in DATES + WHEN for c in _conditions(tuple(items))
                for t in c.thresholds + (c.case.thresholds if c.case else []))
    figs = figures(turns, english, gloss, days=bounds_days)
    provision = fold(" ".join([heading, *items]))
    figs = [f for f in figs if not _from_other_place(provision, f)]
    said = fold(" ".join(turns))
    told = bool(figs) or stated_status(said)
    # only when something of theirs happened (上个月递了申请): their situation bears on a time limit alone
    only_when = not told and bool(_patterns()["when"].search(said))
    # …or they say the figure that would settle it is unknown to them (离门口多远没量过): its limits are what to tell them
    unsure = not told and bool(_patterns()["unsure"].search(said) or _patterns()["unsure_which"].search(said))
    # …or they ask whether they may, with nothing of theirs to check (这个征求意见期是不是太短了，符合规定吗？): the limits
    # of the provision that speaks of what they ask are what would settle it
    silent = not told and not only_when and not unsure
    asking = silent and bool(turns) and asks_whether(turns[-1], english) and bool(_OF_SELF.search(" ".join(turns)))
    if silent and not asking:
        return None  # nothing of the asker's own to check: most questions
    conds = _by_category(_asked_category(_applicable(conditions(items, whole=whole), said, items), items, said),
                        items, said)
    # a definition with no figure (社区菜店，是指利用…商业用房…) is what a word means; one with a figure (青年，是指十八周岁
    # 以上…) bounds who the word is
    conds = [c for c in conds if c.thresholds or not _DEFINITION.search(fold(_ITEM_NUMBER.sub("", c.text).strip()))]
    figs = _without_echoes(figs, conds)
    # the asker's clauses saying which case of the rule they are in is unknown to them (不知道算市区还是市区外)
    unsure_of = [clause for clause in _CLAUSES.split(said) if _patterns()["unsure_which"].search(clause)]
    if not whole:  # a provision bounded by another amount, which the asker's two figures settle
        bounded = [Condition(text=_ITEM_NUMBER.sub("", t).strip(), item=n) for n, t in enumerate(items)
                   if not any(c.item == n for c in conds) and _relative_bound(t, figs)]
        # …and a provision for a case the asker says they do not know they are in (不知道那块地是不是在地下文物保护区)
        others = [Condition(text=t, item=n) for n, t in enumerate(items)]
        doubted = [Condition(text=_ITEM_NUMBER.sub("", t).strip(), item=n) for n, t in enumerate(items)
                   if unsure_of and not any(c.item == n for c in conds + bounded) and _unsure_of(others[n], others, unsure_of)]
        conds = sorted(conds + bounded + doubted, key=lambda c: c.item)
    conds = _asked_parallel(_asked_case(conds, items, said), said, fold(heading), items, cases_only=True) if whole \
        else _asked_consequence(_asked_parallel(conds, said, fold(heading), items), items, said)
    conds = _asked_owner(_asked_scope(conds, items, said), said)
    if only_when and not unsure:  # (上周…, 罚几千块: the amount is what they are unsure of)
        conds = [c for c in conds if any(t.dimension in _TIMES for t in c.thresholds)]
    conds = _asked_branch(_without_complements(conds), items, said)
    if not conds:
        return None
    every = conds + [c.case for c in conds if c.case]  # the cases are read like conditions
    # one threshold in all, or the two ends of one range (十八至二十四周岁): the asker's one figure of its kind is for it
    measuring = [c for c in every if c.thresholds]
    single = len(measuring) == 1 and (len(measuring[0].thresholds) == 1 or _one_range(measuring[0].thresholds)) \
        or _branches_of_one(measuring) \
        or english and _bands_of_one(measuring)  # 达到百分之四十八以上的…；未达到…的: one measure, two sides (or, in
    # English, whose words tell no figure from another by the rule's words, bands of one measure named alike)
    givens = _one_figure_one_condition(every, figs, single, whole, said, items)
    spans = [key for key, given in givens.items() if " to " in given[1]] if english and gloss and single else []
    if spans:
        # an English asker's time between two of their days for a rule's one limit only where their words (glossed)
        # name something of its provision: We got our permit on 1 October and filed on 10 October is no stay of
        # 入驻时限…不超过24个月's (the gloss is too thin to ask this of every figure)
        asked = " ".join(gloss(" ".join(turns)))
        for ci, ti in spans:
            c = every[ci]
            own = fold(c.text + (items[c.item] if 0 <= c.item < len(items) else ""))
            if not _words_shared(own, asked) and not _noun_groups(own) & _noun_groups(asked):
                del givens[(ci, ti)]
    ages = [f.quantity for f in figs if f.quantity.dimension == "age"]
    if len(ages) == 1:  # 女满四十周岁以上、男满五十周岁以上: the asker's one age is for each sex's limit (the other's
        # then binds them not), and for every band of age of a list when another band takes it (已满十四周岁不满十六周岁的；
        # …七十周岁以上的: 70岁 is in the last, whatever words each band has)
        banded = any(every[ci].thresholds[ti].dimension == "age" for ci, ti in givens)
        for ci, c in enumerate(every):
            if _for_person(c.text, said) is not None or banded and whole:
                for ti, t in enumerate(c.thresholds):
                    if t.dimension == "age":
                        givens.setdefault((ci, ti), (ages[0].value, ages[0].raw))
    # 有下列情形之一的，…不得出海; 从事下列活动，应当…经…同意: in a case is barred, or may act only with leave
    barring = bool(_BAR_LIST.search(fold(heading)) or _PERMIT_LIST.search(fold(heading)))
    # …and so is a case of a duty the asker would rather not do (…以上的，应当设置安全总监 / 可以先不设吗)
    spared = [c for c in conds if 0 <= c.item < len(items) and _duty_avoided(c, items[c.item], said)]
    barring = barring or bool(conds) and len(spared) == len(conds)
    for c in conds if barring else spared:
        c.barring = True
    bears = False
    for ci, c in enumerate(every):
        results: list[tuple[bool, str]] = []  # (met, what the founder gave)
        ends: list[int] = []  # the threshold of each measured result, in order
        extensible: list[str] = []  # past a limit, within its possible extension: what the founder gave
        open_ended: list[str] = []  # past a limit extended by approval or not counting some time, of no bound said
        close: list[str] = []  # figures too close to a limit to tell which side they are
        everyone: list[str] = []  # head counts of all the asker's people, against a count of qualified ones
        wider: list[str] = []  # distances past a zone's least width
        sent: list[str] = []  # times since sending past a limit counted from receipt
        past_floor: list[str] = []  # times since a window opened past its least length
        for ti, t in enumerate(c.thresholds):
            given = givens.get((ci, ti))
            if given is not None:
                given = _in_calendar_months(_in_working_days(given, t), t)
                if t.dimension == "count" and t.op in ("<", "<=") and _ONE_MORE.search(said):
                    given = (given[0] + 1, f"{given[1]}+1")  # 续过3次，还能再续吗: the fourth is asked
                # 在三十六个月内不得享受, 在五年内未提出: inside a window (…内) is what the rule forbids or waits out;
                # 超过六个月未开业的 and 未满一年未续订的 describe the case itself, no prohibition
                rest = t.noun.split(" ", 1)[-1]
                own_item = ci < len(conds) and c.item < len(items)
                source = items[c.item] if own_item else c.text
                forbidden = t.op in ("<", "<=") and bool(_FORBIDS.search(rest)) \
                    and _in_window(t.raw) and not t.window  # (a window of time is read allowed or banned already)
                if forbidden and _NOT_DONE.search(rest) and own_item and _LAPSE.search(fold(source)):
                    forbidden = False  # 二年内未进行施工建设的，…许可证失效: past the window undone, it lapses
                # 不得同时在两个以上…机构执业: the range is what the rule forbids, the asker in it breaks the rule
                barred = bool(_BARS.search(_own_noun(t.noun))) and t.dimension != "age" and not t.window \
                    and not _patterns()["not_yet"].search(t.raw)  # 不得…向未满十四周岁的: whom it protects
                if ci < len(conds) and (_barred_case(source, t.raw) or _zone_before_ban(source, t)):
                    barred = c.bars = True
                if c.barring and not _sanctions(t):
                    barred = True  # a case of the list: the asker in it is barred (not the fine it brings)
                ok = _compare(given[0], t) != (forbidden or barred)
                if ok and t.op in (">=", ">") and not (forbidden or barred) and _all_staff(t, given[1], figs):
                    everyone.append(given[1])  # 5 staff in all may or may not be 3 专职 ones; fewer are surely not
                    continue
                if t.extension and _extended_by(given[1], said):  # 延长了20日: the extension itself, against its own limit
                    results.append((given[0] <= t.extension, given[1]))
                    ends.append(ti)
                    continue
                if not ok and not forbidden and t.extension and given[0] <= t.value + t.extension \
                        and (not t.uncounted or _INTERVAL_SAID.search(said) or shares_words(t.uncounted, said, 1)):
                    # 亦未告知经院长批准延长: not extended, so past the limit is past it
                    denied = _NOT_EXTENDED.search(said) and not _UNSURE_EXTENDED.search(said)
                    if not denied and (not _EXTENDED.search(said) or _NOT_EXTENDED.search(said)):
                        # past the limit, within what it may be extended to (or past one of no bound said)
                        (open_ended if math.isinf(t.extension) else extensible).append(given[1])
                        continue
                    ok = not denied
                span = when_span(given[1], t.dimension) if t.dimension in WHEN else None
                if span:
                    oks = {_compare(x, t) != (forbidden or barred) for x in _moments(span, t.dimension)}
                    if t.dimension == "yearday" and len(oks) > 1:
                        close.append(given[1])  # 2月份 against 2月15日前: which day of it is not said
                        continue
                    ok = all(oks)  # 晚上11点到凌晨2点: what the asker does all that time
                if t.op == ">=" and t.dimension in ("days", "months") and not (forbidden or barred) \
                        and _WINDOW_FLOOR.search(_own_noun(t.noun)) and _FLOOR_SAID.search(t.raw) \
                        and _STILL_WITHIN.search(said):
                    # the least length of a window (征求意见的时间一般不少于二十日) and the asker's time since it opened,
                    # asked whether still within it: short of the floor they are; past it, the window may be longer
                    if given[0] < t.value:
                        results.append((True, given[1]))
                        ends.append(ti)
                    else:
                        past_floor.append(given[1])
                    continue
                if _too_close(given, t) or _estimate_on_limit(given, t, figs):
                    close.append(given[1])
                    continue
                if not ok and _since_sent(t, given, figs):
                    sent.append(given[1])
                    continue
                if t.wider and given[0] > t.value:
                    wider.append(given[1])
                    continue
                results.append((ok, given[1]))
                ends.append(ti)
        for s in c.statuses:
            state = _status(s, said)
            if state is not None:
                kind = "has" if s in _table()["possessions"] else "status"
                results.append((state != c.barring, message(f"checks_{kind}_{'yes' if state else 'no'}", status=s)))
        if not c.thresholds and not c.statuses and (bound := _relative_bound(c.text, figs)):
            results.append((bound[0] != c.barring, bound[1]))  # in a case that bars: not met
        elif not c.thresholds and not c.statuses and (claim := _claimed(
                c.text, said, " ".join([fold(heading), *(fold(o.text) for o in every if o is not c)]))):
            results.append((claim[0] != c.barring, claim[1]))
        if not results and (doubt := _unsure_of(c, every, unsure_of)):
            # 不知道算市区还是市区外 of 市区外…两侧各三米: what it names is what the asker does not know
            bears = True
            c.verdict, c.given, c.unsure = "unknown", doubt, True
            continue
        # figures that bear on the condition but cannot settle it, for the first reason that holds (in time only if the
        # limit was extended: said, not guessed)
        why = next(((name, held) for name, held in (("extensible", extensible), ("open_ended", open_ended),
                                                    ("close", close), ("everyone", everyone), ("wider", wider),
                                                    ("sent", sent), ("past_floor", past_floor)) if held), None)
        if why and all(ok for ok, _ in results):
            bears = True
            c.verdict, c.given = "unknown", "，".join(why[1])
            setattr(c, why[0], True)
            continue
        if not results:
            continue
        bears = True
        # an item with a threshold still unknown is only settled when what is known decides it
        pending = len(results) < len(c.thresholds) + len(c.statuses)
        if c.either and not c.barring:  # in a barring case by either of its measures: out of it by both
            results = _ranges_whole(c, results, ends)
            c.verdict = "met" if any(ok for ok, _ in results) else ("unknown" if pending else "not_met")
            deciding = [g for ok, g in results if ok] if c.verdict == "met" else [g for _, g in results]
        elif (case_barring := (c.barring or c.bars) and not any(_sanctions(t) for t in c.thresholds)) \
                and not c.either:
            # in a barring case only when every measure holds: out of it by any one (never read by the fine it
            # brings) (数额在二万元以上不满十万元的 against 12万元: past the upper end, out of the case); so for a ban
            # of two measures (五十米以内禁止…深度超过二米的…): 30米 and a depth not said is not yet in it
            c.verdict = "met" if any(ok for ok, _ in results) else ("unknown" if pending else "not_met")
            deciding = [g for ok, g in results if ok] if c.verdict == "met" else [g for _, g in results]
        else:
            if case_barring:
                # a range of one of the alternatives is left by passing either end (…或者数额在十万元以上不满五十万元的)
                results = _range_left(c, results, ends)
            c.verdict = "not_met" if not all(ok for ok, _ in results) else ("unknown" if pending else "met")
            deciding = [g for ok, g in results if not ok] if c.verdict == "not_met" else [g for _, g in results]
        c.given = "，".join(dict.fromkeys(deciding))
        person = _for_person(c.text, said)
        if person == "other" or (person == "unsaid" and c.verdict == "met"):  # 女满四十周岁以上 binds a woman only
            c.verdict = "not_met" if person == "other" else "unknown"
            c.other_person = person == "other"
        if c.kind_unsaid and c.verdict == "not_met":  # 专业化…不低于1000平方米 binds only if theirs is 专业化
            c.verdict = "unknown"
    applying = []
    other_case = lambda c: not whole and not c.case and c.thresholds and c.verdict == "not_met" and len(conds) > 1 \
        and _is_case(c) and not c.bars and not c.barring  # (a barring case not met is the asker's: they are in it)
    # …unless the asker is in none of the cases (工资低于…百分之六十的 / 高于…百分之三百的): that is the answer
    in_none = all(other_case(c) for c in conds)
    for c in conds:
        if c.case and c.case.verdict == "not_met":
            continue  # the rule for a case the asker is not in
        if other_case(c) and not in_none:
            continue  # 劳动合同期限不满六个月的(，不得设试用期): a case of a rule with no figure, which is not the asker's
        if c.case and c.case.verdict == "unknown":
            c.verdict, c.given = "unknown", None  # which case is the asker's is not said
        elif c.case and c.case.verdict == "met" and c.verdict == "unknown" and c.given is None \
                and c.thresholds and all(_sanctions(t) or _multiple_fine(t) for t in c.thresholds):
            c.verdict, c.given = "met", c.case.given  # the asker's case: its sanction is theirs (货值金额五倍以上十倍以下)
        applying.append(c)
    conds = applying
    if not conds:
        return None
    rule = combine_rule(heading, default_rule)
    if barring:
        rule = "all"  # out of every case of the list (each condition met = not in that case) to be allowed
    measured = [c for c in conds if c.thresholds]
    if rule == "any" and not combine_rule(heading, "") and len(measured) > 1 \
            and all(_LIMIT.search(fold(c.text)) for c in measured) \
            and (_each_named(measured, said) or not any(c.joint for c in measured) and _different_measures(measured)):
        # 其中：（二）历史文化街区建设控制地带内…不得超过十八米；（三）…街坊建筑高度不得超过十五米, the asker's plot in
        # both places: limits, each binding where the asker says it is; limits of different things (氧气不得低于20%，
        # 二氧化碳不得超过0.5%) bind together
        rule = "all"
    if rule == "all" and any(not c.other_person for c in conds):
        # of requirements all must meet, one for the other sex (男性…六十周岁以下，女性…五十五周岁以下) is not the asker's
        conds = [c for c in conds if not c.other_person]
    asked_one = False
    # (and of separate provisions, or kinds a rule lists, any of which may be the asker's: 暂停办理下列事宜：…；…但延长时间
    # 最长不超过十二个月 for 这个延长的时间合规吗)
    if bears and (rule == "all" and whole or rule == "any" and not _patterns()["any"].search(fold(heading))):
        asked = _asked_condition(conds, turns[-1] if turns else "", heading, only_named=rule == "any")
        asked_one, conds = len(asked) < len(conds), asked
    if bears and asking and not combine_rule(heading, ""):
        # what the asker says they have (手上有申请登记书、矿区范围图…) is checked against a list of requirements, not
        # against a list that only describes (典型类型孵化器的基本特点：…非营利性孵化器…)
        return None
    if not bears and whole and combine_rule(heading, "") == "all" and not any(c.thresholds or c.statuses for c in conds) \
            and len(listed := [c for c in conds if 0 <= c.item < len(items) and _LIST_ITEM.match(items[c.item])]) >= 2:
        # a list of requirements all of which must hold and none of which a figure settles (应当具备下列条件：有稳定的…
        # 燃气气源；有与经营规模相适应的…技术人员…): whether the asker meets them is theirs to confirm, each numbered one;
        # those their words speak of (有2个持证的技术员) are named as such
        for c in listed:
            c.unmeasured = _words_shared(_ITEM_NUMBER.sub("", c.text), said) >= ASKED_SHARED
        return Checks(rule, listed, "unknown", citation, bearing=False, told=not asking, unmeasured=True)
    if not bears:  # the founder's figures are of other things: every measurable condition is still to be told
        # only of a provision with a limit or two (十个工作日内给予答复): a whole list of unknowns says nothing
        # …of what the asker speaks of (要约书…答复 for 被要约方…十个工作日内给予答复), not of an unrelated rule
        # …and of its limits, those that speak most of what the asker does
        # (a calendar day the rule bounds only when the asker speaks of a day or a time: 每年…至5月31日前 is no figure
        # of 16度's)
        dated = any(f.quantity.dimension in DATES + _TIMES for f in figs)
        # (a time limit named by the act done in it too, when its own words tell none apart: 自接到检验结果之日起十五日内，…
        # 申请复检 for 现在申请复检还来得及吗)
        scored = [(c, (_words_shared(_ITEM_NUMBER.sub("", c.text), said),
                       _words_shared(_provision_sentence(c, items), said) if any(t.dimension in _TIMES for t in c.thresholds) else 0))
                  for c in conds if c.thresholds or c.statuses and not asking
                  if dated or not c.thresholds or any(t.dimension not in DATES for t in c.thresholds)]
        top = max((n for _, n in scored), default=(0, 0))
        # (asked with nothing of theirs: a limit of a figure that speaks of what they ask, nothing of a whole list)
        measured = [c for c, n in scored if any(top) and n == top and (not asking or n[0] >= ASKED_SHARED)]
        return Checks(rule, measured, "unknown", citation, bearing=False, told=not asking) \
            if 0 < len(measured) <= FEW else None
    if rule == "any":  # one alternative of the list is a condition and the one stated with it (且), together
        conds = _joined(conds)
    bars = [c.verdict for c in conds if c.bars]
    if bars and len(bars) < len(conds):  # a barred case decides against whatever else the rule allows
        conds_allowing = [c for c in conds if not c.bars]
    elif bars:  # bans only (…二十米以内，禁止新建…；…五十米以内禁止…): each binds, so the asker is clear of all or not
        bars, conds_allowing, rule = [], conds, "all"
    else:
        bars, conds_allowing = [], conds
    verdicts = [c.verdict for c in conds_allowing]
    if rule == "any" and not whole and not combine_rule(heading, "") and any(c.given for c in conds) \
            and not _another_way(conds, said, items):
        # separate provisions, none an alternative the heading names or another way to the same measure: those the
        # asker's figures bear on decide, not a provision for another case (期满三十日前申请 beside 延长的期限不得超过半年)
        verdicts = [c.verdict for c in conds_allowing if c.given]
        theirs = _act_of_theirs(conds_allowing, items, said)
        if len(theirs) < len(conds_allowing):
            conds = [c for c in conds if c in theirs or c not in conds_allowing]
            conds_allowing = theirs
            verdicts = [c.verdict for c in theirs if c.given]
    if rule == "all" and _patterns()["duties"].search(fold(heading)) and any(c.given for c in conds_allowing):
        # duties, each its own (应当遵守下列规定): what the asker did is judged by those their facts bear on, and only
        # those are shown (监控数据保存不少于三十日 for 只够存15天, not the nine other duties of the article)
        verdicts = [c.verdict for c in conds_allowing if c.given or c.verdict != "unknown"]
        conds = [c for c in conds if c.given or c.verdict != "unknown"]
    which = False
    if rule == "any":
        verdict = "met" if "met" in verdicts else "not_met" if all(v == "not_met" for v in verdicts) else "unknown"
        # (a range or a most: 处二千元以上罚款 alone is a case, the fines that give a right to a hearing)
        fines = [c.verdict for c in conds_allowing if c.given and c.thresholds
                 and all(_sanctions(t) or _multiple_fine(t) for t in c.thresholds)
                 and any(t.op in ("<", "<=") for t in c.thresholds)]
        if "met" in fines and "not_met" in fines:
            # a sum within one sanction's range and outside another's (处五千元以下罚款 beside 处二千元以上二万元以下罚款):
            # the provisions are for different acts or outcomes, and which one is the asker's decides
            verdict, which = "unknown", True
    else:
        verdict = "not_met" if "not_met" in verdicts else "met" if all(v == "met" for v in verdicts) else "unknown"
    if "not_met" in bars:
        verdict = "not_met"
    elif verdict == "met" and "unknown" in bars:
        verdict = "unknown"
    elif verdict == "met" and rule == "all" and not barring and not whole \
            and (untold := _untold_items(items, heading, conds, said)):
        # 具有三年以上炮制经验的人员 met, 具有…质检制度 not said: all are required, and what is unsaid is to be told
        verdict = "unknown"
        conds = sorted(conds + untold, key=lambda c: c.item)
    return Checks(rule, conds, verdict, citation, asked_one=asked_one, which=which, barring=barring)


def _untold_items(items: list[str], heading: str, conds: list[Condition], said: str) -> list[Condition]:
    """The items with no figure, of a list all of whose items are required (符合下列条件的…：（一）…（二）…), that the
    asker's words do not speak of (two character pairs of their own at least), as unknown conditions."""
    if combine_rule(" ".join([heading, *items[:1]]), "") != "all":
        return []
    told = {c.item for c in conds}
    lead = _pieces(fold(" ".join([heading, *(t for t in items if not _LIST_ITEM.match(t))])))
    # (its own words: not those it shares with the lead, 中药饮片 of …炮制…中药饮片 that every asker repeats)
    return [Condition(text=_ITEM_NUMBER.sub("", text).strip().rstrip("；;。"), item=n) for n, text in enumerate(items)
            if _LIST_ITEM.match(text) and n not in told
            and len({w for w in _pieces(fold(_ITEM_NUMBER.sub("", text))) - lead if w in said}) < 2]
