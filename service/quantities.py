"""Numbers with units in Chinese (and English) text: 350万, 1.5万平方米, 四百八十万, 两年半, 38岁, RMB 2.8 million.

Every quantity is normalised to its dimension's base unit (money 万元, area 平方米, durations in months,
days, age in years, counts, percent), as corpus/knowledge/quantities.toml says.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime
import functools
import re
import tomllib
from dataclasses import dataclass

import numpy as np

from corpus.domain import KNOWLEDGE

# 俩 and 仨 (colloquial two and three: 俩人, 仨月) count like 两 and 三
_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "仨": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10_000, "亿": 100_000_000}
# 一点五米, 零点九二克: a decimal in Chinese numerals (not a time of day: 三点二十分)
_CHINESE_DECIMAL = r"[零〇一二两三四五六七八九十百千]+点[零〇一二三四五六七八九]+(?![十百千])[万亿]?"
# 4万8千, 1亿2千万, 3万5000: digits between multipliers; 1万2, 3千5: one last digit after 万/亿/千 counts a tenth of it
_MIXED = r"[0-9]+(?:\.[0-9]+)?(?:[十百千万亿]+[0-9]+(?=[十百千万亿]))*[十百千万亿]*(?:(?<=[万亿])[0-9]{2,4}(?![0-9.年月日号])|(?<=[千万亿])[0-9](?![0-9.]))?"
_NUMBER = re.compile(rf"[0-9]{{1,3}}(?:,[0-9]{{3}})+(?![0-9])(?:\.[0-9]+)?[十百千万亿]*|{_MIXED}|{_CHINESE_DECIMAL}|(?<![唯统同单逐专])[零〇一二两俩三仨四五六七八九十百千万亿]+")
_TOKEN = re.compile(r"[0-9]+(?:\.[0-9]+)?|.")
_FRACTION = re.compile(r"([一二三四五六七八九十两千万]|[0-9]{1,2})\s*分之\s*([一二三四五六七八九十]|[0-9]{1,2})")  # 千分之二: 0.2%
_PERCENT = re.compile(r"百分之([零〇一二两三四五六七八九十百0-9.]+(?:点[零〇一二三四五六七八九]+)?)")
_HALF = re.compile(r"(?<![一二三四五六七八九十0-9])半数")
_YEAR_OF = re.compile(r"(?:19|20)\d\d$")
_RATED = ("weight", "length", "volume")  # dimensions a rate (克每立方厘米, 每立方米三十克) is made of
_AFTER_MEASURE_WORD = ("月", "工作日", "小时")  # units also said after 个 (三个月, 五个工作日, 24个小时)
MORE = 0.01  # what 多 adds to a figure (一个多月, 30多人): more than it, by less than any rule's step
_ORDINAL_YEAR = re.compile(r"第[0-9零一二两三四五六七八九十]+年")


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float  # in the dimension's base unit
    dimension: str  # money, area, count, percent, months, days, age
    start: int  # span in the text it was read from
    end: int
    raw: str  # as written: 350万, 1.5万平方米
    unit: str  # the unit word as written ("" when implied: 350万 is money)


@functools.cache
def _table() -> dict:
    with open(KNOWLEDGE / "quantities.toml", "rb") as fh:
        return tomllib.load(fh)


_READING = {k: re.compile(v) for k, v in _table()["reading"].items()}  # quantities.toml [reading]
_TENTHS = _READING["tenths"]
_THINGS_KUAI = _READING["things_kuai"]
_PERIOD_ONCE = _READING["period_once"]
_HALF_TIME = _READING["half_time"]
_NOT_AREA = _READING["not_area"]
_RANGE_AHEAD = re.compile(_table()["compare"]["range"].removesuffix("$"))  # 至, 到, — ... after a number: a range


def parse_number(text: str) -> float | None:
    """A number in digits, Chinese numerals or both: 350, 1.5万, 四百八十万, 9百万, 十八, 两千."""
    text = text.strip()
    if not text:
        return None
    if re.match(r"[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])", text):
        text = text.replace(",", "")  # 1,200万: thousands set apart
    whole, point, tail = text.partition("点")
    if point:  # 一点五, 零点一二五, 一点五万: the whole part, then each digit a tenth of the one before
        digits = tail.rstrip("万亿")
        if not whole or not digits or any(ch not in _DIGITS for ch in digits):
            return None
        value = parse_number(whole)
        if value is None:
            return None
        value += sum(_DIGITS[ch] / 10 ** (i + 1) for i, ch in enumerate(digits))
        for ch in tail[len(digits):]:
            value *= _BIG[ch]
        return value
    # 亿 closes everything before it; 万 only what follows the last 亿 (二亿五千万 is 2亿 + 5000万); digits may
    # stand for numerals (350万, 4万8千, 9百万)
    total, wan, section, digit, unit = 0.0, 0.0, 0.0, None, 0
    for ch in _TOKEN.findall(text):
        last, unit = unit, 0
        if ch[0].isdigit():
            digit = float(ch)
        elif ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _SMALL:
            unit = _SMALL[ch]
            section += (1 if digit is None else digit) * _SMALL[ch]
            digit = None
        elif ch in _BIG:
            unit = _BIG[ch]
            # 万吨级, 亿元: a multiplier with no number before it counts one
            section += digit if digit is not None else 1 if not (total or wan or section) else 0
            if _BIG[ch] >= 1e8:
                total = (total + wan + section) * _BIG[ch]
                wan = 0.0
            else:
                wan = (wan + section) * _BIG[ch]
            section, digit = 0.0, None
        else:
            return None
    if digit is not None and last >= 100 and len(ch) == 1:  # 一万八, 4万8, 两千五: 18000, 48000, 2500
        digit *= last / 10
    return total + wan + section + (digit or 0)


@functools.cache
def _units() -> list[tuple[str, str, float]]:
    units = [(u, d, f) for u, (d, f) in _table()["units"].items()]
    return sorted(units, key=lambda x: -len(x[0]))


def quantities(text: str) -> list[Quantity]:
    """Every number with a unit in a (folded) text, normalised; numbers with neither unit nor 万/亿 are left out,
    and so are calendar years (2022年) and dates (3月10日)."""
    out: list[Quantity] = []
    said, text = text, _READING["person_slip"].sub("位", text)  # one character for one: the positions stand
    for m in _PERCENT.finditer(text):
        value = parse_number(m.group(1))
        if value is not None:
            out.append(Quantity(value, "percent", m.start(), m.end(), m.group(), "%"))
    for m in _FRACTION.finditer(text):  # 三分之二, 二分之一: a share
        whole, part = parse_number(m.group(1)), parse_number(m.group(2))
        if whole and part is not None and not any(a <= m.start() < b for a, b in ((q.start, q.end) for q in out)):
            out.append(Quantity(100.0 * part / whole, "percent", m.start(), m.end(), m.group(), "%"))
    for m in _TENTHS.finditer(text):  # 占八成: 80%; 八成多: more than that
        value = 10.0 * parse_number(m.group(1)) + (MORE if m.group(2) else 0.0)
        out.append(Quantity(value, "percent", m.start(), m.end(), m.group(), "%"))
    for m in _HALF.finditer(text):  # 过半数同意, 半数以上: a share of one half
        out.append(Quantity(50.0, "percent", m.start(), m.end(), m.group(), "%"))
    for m in _HALF_TIME.finditer(text):  # 半年, 半个月: half a year, half a month
        out.append(Quantity(6.0 if m.group(1) == "年" else 0.5, "months", m.start(), m.end(), m.group(), "个月"))
    for m in _READING["every_period"].finditer(text):  # 每季度报: once a quarter, three months apart
        unit = "个月" if m.group(1) in ("季度", "季", "月") else "周"
        value = {"季度": 3.0, "季": 3.0, "月": 1.0}.get(m.group(1), 7.0)
        out.append(Quantity(value, "days" if unit == "周" else "months", m.start(), m.end(), m.group(), unit))
    said_now = _READING["said_year"].search(text)  # 今天是2025年6月1日: the asker's today, not the machine's
    now = int(said_now.group(1)) if said_now else datetime.date.today().year
    for m in _READING["birth_year"].finditer(text):  # 我是95年的: born then, so this year's age
        g = 1 if m.group(1) else 2
        year = int(m.group(g))
        year += 0 if year >= 100 else 1900 if year > now % 100 else 2000  # 95 is 1995, 05 is 2005
        if 0 < now - year < 120:
            out.append(Quantity(float(now - year), "age", m.start(g), m.end(), text[m.start(g):m.end()], "岁"))
    for m in _READING["bare_age"].finditer(text):  # 今年56: an age without 岁
        out.append(Quantity(parse_number(m.group(1)), "age", m.start(1), m.end(1), m.group(1), "岁"))
    taken = [(q.start, q.end) for q in out]
    for m in _NUMBER.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        raw = m.group()
        value = parse_number(raw)
        if value is None:
            continue
        rest = text[m.end():]
        ordinal = text[max(0, m.start() - 1):m.start()] == "第"
        if text[max(0, m.start() - 1):m.start()] == "几":
            continue  # 几千块, 几十个: no figure said
        if raw in ("万", "亿") and any(q.start <= m.start() < q.end for q in out):
            continue  # the 万 of 50多万, read with its number
        marker = _approximate(raw, rest)  # 30多人, 150来号人, 三十几个员工: about that many
        if marker and rest[0] in "多余几":
            value += MORE  # 30多人, 十多天: more than 30, 10 (来 is about as many, either side)
        rest = rest[marker:]
        if marker and re.match(r"[万亿](?![人家个名])", rest):  # 50多万, 3000多万: more than that many 万元
            value *= 10_000 if rest[0] == "亿" else 1
            end = m.end() + marker + 1
            out.append(Quantity(value, "money", m.start(), end, text[m.start():end], ""))
            continue
        if re.match(r"个[半多](?:月|工作日|星期|礼拜|小时)", rest):  # 1个半月, 6个半月; 一个多月, 一个多星期: more than that
            value += 0.5 if rest[1] == "半" else MORE
            rest, marker = "个" + rest[2:], marker + 1
        unit = next(((u, d, f) for u, d, f in _units() if rest.startswith(u) or rest.startswith("个" + u)
                     and u in _AFTER_MEASURE_WORD), None)
        if unit and unit[0] in ("w", "k") and (re.match(r"[a-z]", rest[1:2]) or re.search(r"[a-z]$", text[:m.start()])):
            unit = None  # 350wh, 15kg, a model name (X15k): letters around it make no sum of money
        if unit and unit[0] == "平" and _NOT_AREA.match(rest):
            unit = None
        if unit and unit[0] == "级" and not (_READING["wind"].search(text[max(0, m.start() - 12):m.start()])
                                            or _READING["wind_after"].match(rest)):
            # 火险等级三级, 森林火险等级在三级以下: a grade of a named scale; 一级保护区, 专业技术十二级: a rank, no quantity
            unit = ("级", "grade", 1.0) if _READING["graded"].search(text[max(0, m.start() - 12):m.start()]) else None
        if unit and unit[0] in ("分钱", "毛钱") and raw == "一":
            unit = None  # 一分钱投资都没融过: not a penny, said of nothing (才8分钱 is a sum)
        if unit and unit[0] == "块" and value < 10 and _THINGS_KUAI.match(rest):
            unit = None  # 一块LED大屏, 两块地: a measure word for things, not yuan (一块五, 两块钱 are)
        if unit and any(rest.startswith(w) for w in _table()["not_units"]["words"]):
            unit = None  # 150万天使投资: a word that starts with a unit's character (天使) is no unit
        if unit and unit[0] == "度" and raw in ("一", "1") and not _READING["warmth"].search(text[max(0, m.start() - 8):m.start()]):
            continue  # 一度停业: once, not one degree
        if unit and unit[0] == "年" and _YEAR_OF.match(raw):
            continue  # 2022年 is a date
        if unit and unit[0] in ("月", "日") and (re.match(r"月\d", rest) or _YEAR_OF.match(raw)):
            continue  # 3月10日
        if unit and unit[0] == "月" and re.match(r"月[0-9零一二三四五六七八九十]+日", rest):
            continue
        if unit and unit[0] == "个" and rest.startswith("个月"):
            unit = next(x for x in _units() if x[0] == "个月")
        before = text[max(0, m.start() - 5):m.start()]
        if before.endswith("每") and not _PERIOD_ONCE.match(rest):
            continue  # 每千平方米, 每10家: the base of a rate, not a quantity (每两个月拨付一次 is a period)
        per = None
        if unit and unit[1] in _RATED:
            # 每立方米三十克, 0.93克每立方厘米, 30克/立方米: a density or a concentration, not a weight or a
            # length; it is measured per its base unit and compares only with one per the same base
            clause = re.split(r"[，,。；;：:]", text[:m.start()])[-1]  # 每平方公里天然气…储量丰度低于二亿五千万立方米
            per = ([*re.finditer(r"每([^0-9零一二两三四五六七八九十，,。；;\s]{1,4})", clause)] or [None])[-1] \
                or re.match(re.escape(unit[0]) + r"\s*(?:每|/)\s*([^0-9零一二两三四五六七八九十，,。；;\s的]{1,4})", rest)
            if per and not _base(per.group(1)):
                if per.re.pattern.startswith(re.escape(unit[0])):
                    continue  # 30克/人: per something that is no unit
                per = None  # 堤岸每侧一百米: each of several things, measured as one
        if unit is None:
            if re.search(r"[万亿]", raw) and len(raw) > 1 and not re.match(r"[人家个名]", rest):
                # 350万, 4万8: a sum of money, in 万元
                out.append(Quantity(value / 10_000, "money", m.start(), m.end(), raw, ""))
            elif _after_pay(text, m.start(), raw, value):  # 月薪8000: yuan
                out.append(Quantity(value / 10_000, "money", m.start(), m.end(), raw, ""))
            elif not _RANGE_AHEAD.match(rest) \
                    and (measure := _READING["named_measure"].search(text[max(0, m.start() - 12):m.start()])):
                # 郁闭度零点二以上: a measure with no unit, compared only with the same measure, named by its last
                # three characters (乔木林郁闭度 and 郁闭度 alike); not the lower end of a range (税率为3—5%)
                out.append(Quantity(value, f"measure {measure.group(1)[-3:]}", m.start(), m.end(), raw, ""))
            continue
        if unit[0] in ("月", "个月") and re.search(r"\d{4}\s*年$", before):
            continue  # 2022年1月: a date
        if unit[0] == "月" and (before.endswith("年") or re.match(r"月(?:份|底|初|末|中旬|上旬|下旬)", rest)):
            continue  # 到今年5月, 6月底: a month of the calendar
        if unit[0] == "月" and (re.search(r"[0-9零一二两三四五六七八九十]+\s*(?:月\s*)?(?:到|至|~|－|-|—)\s*$", before)
                               or re.match(r"月\s*(?:到|至|~|－|-|—)\s*[0-9零一二三四五六七八九十]+\s*月", rest)):
            continue  # 3到5月, 9月至11月: calendar months, not a number of months
        if unit[0] in ("日", "天") and before.endswith("月") and not before.endswith("个月") and raw[0] != "零":
            continue  # 3月10日 is a date; 两个月零五天 a duration
        u, dimension, factor = unit
        if ordinal and (dimension not in ("days", "months") or u == "年" and len(_ORDINAL_YEAR.findall(text)) > 1):
            continue  # 第三次, 第一年…第二年…: labels; 第50天, 第12个工作日, 在孵第4年 are time gone by
        if u in ("次", "回") and raw == "一" and before[-1:] in ("上", "下", "这", "那", "同"):
            continue  # 上一次健康检查是去年做的: which time, not how many
        length = len(u) + (1 if rest.startswith("个" + u) and u in _AFTER_MEASURE_WORD else 0)
        end = m.end() + marker + length
        # 两年半, 一年半; not 半价 or 半数 after an age (不满七十周岁半价购买门票)
        if text[end:end + 1] == "半" and dimension in ("months", "age", "floors") and text[end + 1:end + 2] not in ("价", "数", "额"):
            value += 0.5
            end += 1
        elif text[end:end + 1] == "多" and dimension in ("months", "age", "days") \
                and not re.match(r"多(?:少|久|长|大|高)", text[end:end + 2]):  # 一年多, 三天多: more than that
            value += MORE
            end += 1
        if per:
            dimension = f"{dimension}/{_base(per.group(1))}"
        elif dimension == "length" and _READING["speed"].search(re.split(r"[，,。；;：:]", text[:m.start()])[-1]):
            dimension = f"length/{_base('小时')}"  # 时速不得超过80公里: per hour
        out.append(Quantity(value * factor, dimension, m.start(), end, text[m.start():end], u))
    found = _compounds(sorted(out, key=lambda q: q.start), text)
    # read as 12位, shown as the asker wrote it (12为)
    return found if said == text else [dataclasses.replace(q, raw=said[q.start:q.end]) for q in found]


def _base(word: str) -> str | None:
    """The unit a rate is measured per (立方米 of 每立方米), or None when the word starts with none."""
    return next((u for u, _, _ in _units() if word.startswith(u)), None)


def _approximate(raw: str, rest: str) -> int:
    """Characters of an approximation between a number and its unit (30多人, 150来号人, 二十几个): 多, 余 or 来
    after any number, 几 after a round Chinese one; 0 when there is none or no unit follows it."""
    if not rest or rest[0] not in "多余来几" or (rest[0] == "几" and raw[-1] not in "十百千万"):
        return 0
    if rest.startswith(("多少", "多久", "多长", "多大", "多高", "来源", "来自", "余额")):
        return 0
    after = rest[1:]
    return 1 if any(after.startswith(u) for u, _, _ in _units()) or re.match(r"[万亿](?![人家个名])", after) else 0


def _after_pay(text: str, start: int, raw: str, value: float) -> bool:
    """A bare number in digits just after a word for pay or a price (月薪8000, 工资定的3500)."""
    table = _table()["bare_money"]
    if not raw[:1].isdigit() or value < 100 or _YEAR_OF.match(raw):
        return False
    before = text[max(0, start - table["reach"] - 2):start]
    before = re.split(r"[，,。；;：:！!？?\s]", before)[-1]
    return any(w in before for w in table["words"])


def _compounds(found: list[Quantity], text: str) -> list[Quantity]:
    """A duration told in two units (两个月零10天, 一年零三个月, 1年3个月) is one duration."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        # the larger unit first (年 or 月: months), then a smaller one (月, 日, 天)
        if prev is not None and prev.dimension == "months" and q.dimension in ("months", "days") \
                and _unit_rank(prev) > _unit_rank(q) and re.fullmatch(r"\s*(?:零|又)?\s*", text[prev.end:q.start]):
            value = prev.value + (q.value / 30 if q.dimension == "days" else q.value)
            out[-1] = Quantity(value, prev.dimension, prev.start, q.end, text[prev.start:q.end], prev.unit)
            continue
        out.append(q)
    return out


def _unit_rank(q: Quantity) -> int:
    return {"年": 3, "个月": 2, "月": 2}.get(q.unit, 1)


_EN_AGE = re.compile(r"\b(?:i'?m|i am|aged?|age of|turned|turning|i'll be|i will be|"
                     r"(?:(?:grand)?(?:mother|father|mom|mum|dad|ma|pa|parents?)|he|she|son|daughter|wife|husband|"
                     r"brother|sister|aunt|uncle|partner|founder|boss)"
                     r"(?:\s+is|\s+was|'s|\s+has\s+just\s+turned|\s+just\s+turned))\s+(\d{2})\b"
                     r"(?!\s*(?:%|percent|million|thousand|k\b|yuan|rmb|"
                     r"square|sq|people|staff|employees|days|months|companies|firms))|\b(\d{2})-year-old", re.IGNORECASE)


_EN_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                                                     "seventy": 70, "eighty": 80, "ninety": 90}
# a count of some of those counted before (60 of them, 10 of whom, 25 among them)
_EN_OF_THEM = re.compile(r"\b(\d+|" + "|".join(_EN_NUMBER_WORDS) + r")\s+(?:of\s+(?:them|whom|those|these|which)|among\s+them)\b",
                         re.IGNORECASE)
# a part said with its whole (25 out of our 50 staff): the part; the whole is read as a count of its own
_EN_OUT_OF = re.compile(r"\b(\d+)\s+out\s+of\s+(?:(?:our|the|their|its|all|a total of)\s+)?(\d+)\b", re.IGNORECASE)
# a count said as a part of another (60 of them, 25 out of our 50), or a whole said as the one the next count is part
# of (Of our 50 founding staff, 25 hold…)
EN_PART = re.compile(r"\b(?:of\s+(?:them|whom|those|these|which)|among\s+them|out\s+of)\b", re.IGNORECASE)
EN_WHOLE = re.compile(r"(?:^|[.;:!?]\s*)(?:of|out of|among)\s+(?:(?:our|the|their|its|all|these|those)\s+)?$", re.IGNORECASE)
# two years, six-month, twenty-five days (the tens and units together, as one number)
_EN_WORD_NUMBER = re.compile(rf"\b((?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]+)?"
                             rf"(?:{'|'.join(_EN_NUMBER_WORDS)}))[\s-]+", re.IGNORECASE)
_EN_CURRENCY = re.compile(r"(?:\brmb|\bcny|¥|￥)\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
                          r"(?:\s*(bn|billion|mn|m|million|k|thousand)\b)?", re.IGNORECASE)
_DAY_NUM = r"[0-9]{1,2}|[一二三四五六七八九十]{1,3}"
# a year as written (2024年) or said relative to now (去年): relative years are placed around BASE_YEAR
_YEAR = r"(?:19|20)[0-9]{2}|前|去|今|明"
_RELATIVE_YEAR = {"前": -2, "去": -1, "今": 0, "明": 1}
BASE_YEAR = 2023  # 今年 when the asker does not say which year now is: any year that is not a leap year
_YEAR_MONTH = re.compile(rf"({_YEAR})\s*年\s*(?:({_DAY_NUM})\s*月(?!\s*(?:{_DAY_NUM})\s*[日号])|(底|末|初))")
_PART_OF_YEAR = {"初": 1, "底": 12, "末": 12}  # 2024年底: its last month
_CALENDAR_DAY = re.compile(rf"(?:({_YEAR})\s*年\s*)?({_DAY_NUM})\s*月\s*(?:({_DAY_NUM})\s*[日号]|(上旬|中旬|下旬|初|底|末))")
# a day of this month, said without the month (本月3号收到的，今天20号了)
_LAST_MONTH_DAY = re.compile(rf"上个?月\s*({_DAY_NUM})\s*[日号](?!\s*(?:楼|线|门|仓))")  # 上个月1号
_DAY_OF_MONTH = re.compile(rf"(?:本月|这个月|这月|今天是?(?:这个月|本月)?|今儿)\s*({_DAY_NUM})\s*[日号](?!\s*(?:楼|线|门|仓))")
# a day of the month said alone (15号开始闭馆), not a building, a line, a document's number (3号楼, 1号线, 〔2015〕32号)
_BARE_DAY = re.compile(rf"(?<![0-9０-９〕\]第年月])({_DAY_NUM})\s*[日号](?!\s*(?:楼|线|门|仓|院|房|库|馆|机|文|令|店|车|位|地|柜|窗|台|厅|口|桥|站|码头|泊位|电池|字))")
_PART_OF_MONTH = {"上旬": 5, "中旬": 15, "下旬": 25, "初": 1, "底": 28, "末": 28}  # 11月中旬: about the 15th


def elapsed(text: str) -> Quantity | None:
    """The days from one calendar day to the other when a (folded) text names exactly two (3月1号入职，4月5号才
    去办: 35天); a year is the one written, else both fall in one year, or the second in the next when it comes
    earlier in the calendar (12月20日…1月5日). Without days, the months from one month of a year to another
    (2022年3月注册公告…现在2024年10月: 31个月)."""
    days = list(_CALENDAR_DAY.finditer(text))
    if not days:
        return _months_between(text) or _days_of_month(text) or _years_between(text)
    if len(days) == 1:  # 2026年6月30日届满…2026年1月申请: a day and a month of named years, the months between them
        return _month_to_day(text, days[0])
    found = _two_days(days)
    if found is None:
        return None
    first, second = found
    span = (second - first).days
    a, b = days
    said = f"{a.group()}到{b.group()}"
    years = [m.group(1) for m in days]
    if span < 0:
        # the later day named first, in one year (有效期至2026年5月10日…今天是2025年3月1日; 6月30日终止营业…4月15日通知;
        # 供热期自11月15日开始…今年8月1日申请): the days between them
        span, said = -span, f"{b.group()}到{a.group()}"
    if span <= 0:
        return None
    return Quantity(float(span), "days", a.start(), b.end(), said, "天")


DATES = ("date", "yearday")  # a day of a year said (2024年3月15日: its ordinal), a day of every year (10月20日: 1020)


def calendar_days(text: str) -> list[Quantity]:
    """The calendar days a (folded) text names, each as a day of the year (10月20号: 1020, month and day), and also as
    a date (its ordinal) when its year is said (2024年3月15日; 今年 is BASE_YEAR's); a month of a written year
    (2026年1月) and a written year alone (2022年被认定) are dates too, their first day, the raw saying how wide they
    are (`date_span`)."""
    out: list[Quantity] = []
    for m in _CALENDAR_DAY.finditer(text):
        if not m.group(3):
            continue  # 11月中旬: a part of a month, no day
        month, day = parse_number(m.group(2)), parse_number(m.group(3))
        try:
            datetime.date(BASE_YEAR, int(month or 0), int(day or 0))
        except (TypeError, ValueError):
            continue  # 2月30日: no such day
        raw = m.group()
        out.append(Quantity(float(int(month) * 100 + int(day)), "yearday", m.start(), m.end(), raw, "日"))
        if m.group(1):
            try:
                ordinal = datetime.date(_year(m.group(1)), int(month), int(day)).toordinal()
            except ValueError:
                continue  # 2023年2月29日
            out.append(Quantity(float(ordinal), "date", m.start(), m.end(), raw, "日"))
    taken = [(q.start, q.end) for q in out]
    for m in _YEAR_MONTH.finditer(text):
        if m.group(2) and m.group(1) not in _RELATIVE_YEAR and not any(a <= m.start() < b for a, b in taken):
            month = int(parse_number(m.group(2)) or 0)
            if 1 <= month <= 12:
                ordinal = datetime.date(int(m.group(1)), month, 1).toordinal()
                out.append(Quantity(float(ordinal), "date", m.start(), m.end(), m.group(), "月"))
    for m in _READING["bare_year"].finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            out.append(Quantity(float(datetime.date(int(m.group(1)), 1, 1).toordinal()), "date", m.start(), m.end(),
                                m.group(), "年"))
    return sorted(out, key=lambda q: q.start)


def date_span(q: Quantity) -> tuple[float, float]:
    """The first and last day a date quantity may be (a day: itself; 2026年1月: its 31 days; 2022年: its year)."""
    if q.unit == "年":
        year = datetime.date.fromordinal(int(q.value)).year
        return q.value, float(datetime.date(year, 12, 31).toordinal())
    if q.unit == "月":
        first = datetime.date.fromordinal(int(q.value))
        return q.value, q.value + calendar.monthrange(first.year, first.month)[1] - 1
    return q.value, q.value


_EN_CLOCK = re.compile(r"\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?", re.IGNORECASE)


def _en_hour(m: re.Match[str]) -> float | None:
    """The hour of the day an English clock time names (2 pm: 14; 7:30 am: 7.5), None for no hour of a 12-hour clock."""
    hour = int(m.group(1))
    return hour % 12 + 12 * (m.group(3).lower() == "p") + int(m.group(2) or 0) / 60 if 1 <= hour <= 12 else None


_EN_TODAY = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
_EN_DAY_BEFORE = re.compile(r"\b(yesterday|today|tonight|tomorrow)\s+(?:at\s+|by\s+|around\s+|before\s+)?$", re.IGNORECASE)
_EN_DAY_AFTER = re.compile(r"^\s*(yesterday|today|tonight|tomorrow)\b", re.IGNORECASE)


def _en_day_from_today(text: str, m: re.Match[str]) -> int | None:
    """The day a time of day is said on, from today (tomorrow at 9 a.m.: 1; at 10 a.m. today: 0), or None."""
    said = _EN_DAY_BEFORE.search(text[max(0, m.start() - 24):m.start()]) or _EN_DAY_AFTER.match(text[m.end():m.end() + 12])
    return _EN_TODAY[said.group(1).lower()] if said else None


def english_clock_span(text: str) -> Quantity | None:
    """The hours from one time of day to the other an English text names, when it names exactly two (we got the result
    at 2 pm and it's about 5 pm now: 3 hours); the second on the first's day, or the next when it comes earlier."""
    times = list(_EN_CLOCK.finditer(text))
    if len(times) != 2:
        return None
    hours = [_en_hour(m) for m in times]
    if None in hours:
        return None
    days = [_en_day_from_today(text, m) for m in times]
    if None not in days:  # loading starts tomorrow at 9 a.m., we reported today at 10 a.m.: 23 hours, in either order
        span = abs(hours[1] + 24 * days[1] - hours[0] - 24 * days[0])
    else:
        span = hours[1] - hours[0] if hours[1] > hours[0] else hours[1] + 24 - hours[0]
    if span <= 0:
        return None
    a, b = times
    said = [(f"{next(k for k, v in _EN_TODAY.items() if v == d)} " if d is not None else "") + m.group().strip()
            for m, d in zip(times, days)]
    return Quantity(span, "hours", a.start(), b.end(), " to ".join(said), "hours")


_YEARS_AGO = re.compile(r"(大前|前|去)年(?!\s*(?:[0-9０-９一二三四五六七八九十]{1,2}\s*月|底|初|末|中|度|年))")
_AGO = {"大前": 3, "前": 2, "去": 1}


def years_ago(text: str) -> Quantity | None:
    """The months since a year the asker names from now (前年制止了一起抢劫, 具体几月记不清), when a (folded) text names just
    one and no month of it: 前年 is 24 months ago, give or take a year."""
    found = list(_YEARS_AGO.finditer(text))
    if len(found) != 1:
        return None
    m = found[0]
    return Quantity(12.0 * _AGO[m.group(1)], "months", m.start(), m.end(), f"{m.group()}到今年", "个月")


_DAYS_ON = {"第二天": 1, "次日": 1, "隔天": 1, "第二日": 1, "后一天": 1, "第三天": 2}
# days from today (今晚, 明早: the day and the part of it in one word)
_CLOCK_FROM_TODAY = {"昨天": -1, "昨日": -1, "今天": 0, "今日": 0, "明天": 1, "明日": 1, "后天": 2, "今晚": 0, "昨晚": -1,
                     "明晚": 1, "今早": 0, "明早": 1, "今晨": 0, "明晨": 1}
_WEEKDAY_WORD = re.compile("周|星期|礼拜")
_DAY_OF_WEEK = {c: i for i, c in enumerate("一二三四五六日")} | {"天": 6}
_AFTERNOON = ("下午", "傍晚", "晚上", "夜里", "夜间")


def clock_span(text: str) -> Quantity | None:
    """The hours from one time of day to another when a (folded) text names exactly two, one with its day or part of
    the day (头天晚上8点才通知，第二天早上8点就停了: 12 hours); the second is the first's day unless it says another."""
    times = list(_READING["clock"].finditer(text))
    if len(times) != 2 or not any(m.group(1) or m.group(2) for m in times):
        return None
    hours = []
    for m in times:
        hour = parse_number(m.group(3))
        if hour is None or hour > 24:
            return None
        if (m.group(2) or _SHORT_PART.get((m.group(1) or "")[-1:])) in _AFTERNOON and hour < 12 \
                or m.group(2) == "中午" and hour < 3:
            hour += 12  # 晚上8点, 今晚8点: 20; 中午1点: 13
        extra = m.group(4) or ""
        hour += 0.5 if extra == "半" else (parse_number(extra.rstrip("分 ")) or 0) / 60 if extra else 0
        hours.append(24 * _DAYS_ON.get(m.group(1) or "", _CLOCK_FROM_TODAY.get(m.group(1) or "", 0)) + hour)
    weekdays = [_DAY_OF_WEEK.get((m.group(1) or "")[-1:]) if _WEEKDAY_WORD.match(m.group(1) or "") else None for m in times]
    if None not in weekdays:  # 周一上午9点…周二上午11点: 26 hours; 周五…周一: the next week's
        hours = [h + 24 * ((d - weekdays[0]) % 7) for h, d in zip(hours, weekdays)]
    span = hours[1] - hours[0]
    if all(m.group(1) in _CLOCK_FROM_TODAY for m in times):
        span = abs(span)  # 明天上午9点开始作业，今天上午10点报告的: both days said from today, in either order
    if span <= 0:
        return None
    a, b = times
    return Quantity(span, "hours", a.start(), b.end(), f"{a.group().strip()}到{b.group().strip()}", "小时")


WHEN = ("clock", "yearday")  # a time of day (hours after midnight), a day of every year (month and day: 1020)
_NIGHT = ("晚上", "夜里", "夜间", "深夜", "半夜", "晚")
_SHORT_PART = {"晚": "晚上", "早": "早上", "夜": "夜里"}  # 晚22点, 早六时: the part of the day said in one character
_MONTH_PARTS = {"上旬": (1, 10), "中旬": (11, 20), "下旬": (21, 31), "初": (1, 10), "底": (21, 31), "末": (21, 31)}
_YEAR_WINDOW = re.compile(rf"(每年)?\s*(?:的)?\s*({_DAY_NUM})\s*月(?:\s*({_DAY_NUM})\s*[日号])?\s*(?:至|到|～|~|－|—|-)\s*"
                          rf"(次年|翌年|第二年)?\s*(?:的)?\s*({_DAY_NUM})\s*月(?:\s*({_DAY_NUM})\s*[日号])?")
_MONTH_OF_YEAR = re.compile(rf"(?<![0-9０-９年月])({_DAY_NUM})\s*月\s*(?:份)?\s*(上旬|中旬|下旬|初|底|末)?"
                            rf"(?!\s*(?:{_DAY_NUM}|[0-9])\s*(?:[日号]|至|到))")
_RANGE_WORDS = re.compile(r"\s*(?:至|到|～|~|－|—|-|to|until|till|through|–)\s*(?:次日|第二天|隔天|翌日)?\s*[晚早夜]?$")


def _times(text: str) -> list[tuple[int, int, float]]:
    """The times of day a (folded) text names, each as (start, end, hours after midnight): 晚上11点 23, 凌晨2点 2, 二十时
    20, 晚22点 22, 早上六点半 6.5, 晚上12点 24."""
    out: list[tuple[int, int, float]] = []
    pm = False  # the time before said in the afternoon or at night
    for m in _READING["clock"].finditer(text):
        hour = parse_number(m.group(3))
        if hour is None or hour > 24:
            continue
        part = m.group(2) or _SHORT_PART.get(text[m.start() - 1:m.start()], "") or _SHORT_PART.get((m.group(1) or "")[-1:], "")
        if part in ("下午", "傍晚") and hour < 12 or part == "中午" and hour < 3 or part in _NIGHT and 6 <= hour <= 12:
            hour += 12
        elif not part and not m.group(1) and out and pm and hour < 12 and hour + 12 > out[-1][2] \
                and _RANGE_WORDS.match(text[out[-1][1]:m.start()]):
            hour += 12  # 下午2点半到5点半: the end in the start's part of the day
        extra = m.group(4) or ""
        hour += 0.5 if extra == "半" else (parse_number(extra.rstrip("分 ")) or 0) / 60 if extra else 0
        out.append((m.start(), m.end(), hour))
        pm = part in ("下午", "傍晚", *_NIGHT) and hour >= 12
    return out


_EN_DAYTIME = re.compile(r"\b(\d{1,2}):(\d{2})\b(?=\D{0,24}?\b(morning|evening|night)\b)", re.IGNORECASE)


def _english_times(text: str) -> list[tuple[int, int, float]]:
    """The times of day an English text names (7:30 pm: 19.5; 11 pm: 23; 2 am: 2; 7:30 every morning: 7.5)."""
    out = [(m.start(), m.end(), hour) for m in _EN_CLOCK.finditer(text) if (hour := _en_hour(m)) is not None]
    for m in _EN_DAYTIME.finditer(text):
        hour = int(m.group(1))
        if 1 <= hour <= 12 and not any(a <= m.start() < b for a, b, _ in out):
            later = m.group(3).lower() != "morning" and hour < 12
            out.append((m.start(), m.end(), hour + 12 * later + int(m.group(2)) / 60))
    return sorted(out)


def time_windows(text: str) -> list[tuple[int, int, float, float, str]]:
    """The windows of time a rule's (folded) text names, each as (start, end, from, to, dimension): of the day
    (二十时至次日八时: 20 to 8, "clock"; 12时至14时) or of every year (每年10月至次年3月: 1001 to 331, "yearday"); a
    window whose end comes before its start wraps round midnight or the new year."""
    out = []
    times = _times(text)
    for (a0, a1, low), (b0, b1, high) in zip(times, times[1:]):
        if _RANGE_WORDS.match(text[a1:b0]) and low != high:
            out.append((a0, b1, low, high, "clock"))
    for m in _YEAR_WINDOW.finditer(text):
        if not (m.group(1) or m.group(4)) or re.search(r"(?:19|20)\d\d\s*年\s*$", text[:m.start()]):
            continue  # 2019年10月至2020年3月: dated, not every year's
        first, last = (int(parse_number(m.group(k)) or 0) for k in (2, 5))
        if not (1 <= first <= 12 and 1 <= last <= 12):
            continue
        low = first * 100 + int(parse_number(m.group(3) or "1") or 1)
        high = last * 100 + int(parse_number(m.group(6)) or 0 if m.group(6) else calendar.monthrange(BASE_YEAR, last)[1])
        out.append((m.start(), m.end(), float(low), float(high), "yearday"))
    return sorted(out)


def times_of_day(text: str, english: bool = False) -> list[Quantity]:
    """The asker's times of day (早上六点半开工: a point) and spans of them (晚上11点到凌晨2点: from 23, the raw saying
    until when; `when_span`)."""
    times = _english_times(text) if english else _times(text)
    out: list[Quantity] = []
    k = 0
    while k < len(times):
        a0, a1, hour = times[k]
        if k + 1 < len(times) and _RANGE_WORDS.match(text[a1:times[k + 1][0]]):
            end = times[k + 1][1]
            out.append(Quantity(hour, "clock", a0, end, text[a0:end], "时"))
            k += 2
            continue
        out.append(Quantity(hour, "clock", a0, a1, text[a0:a1], "时"))
        k += 1
    return out


def months_of_year(text: str) -> list[Quantity]:
    """The months of no year said (2月份, 4月中旬, 10月底) in a (folded) text: days of every year, from the first day
    the words may mean, the raw saying until when (`when_span`)."""
    out = []
    for m in _MONTH_OF_YEAR.finditer(text):
        month = int(parse_number(m.group(1)) or 0)
        if 1 <= month <= 12:
            first = _MONTH_PARTS.get(m.group(2) or "", (1, 31))[0]
            out.append(Quantity(float(month * 100 + first), "yearday", m.start(), m.end(), m.group().strip(), "月"))
    return out


def when_span(raw: str, dimension: str) -> tuple[float, float] | None:
    """The first and the last moment a time of day or a day of every year the asker said may be, when it is a span
    (晚上11点到凌晨2点: 23 and 2; 4月中旬: 411 and 420; 2月份: 201 and 229); None for a point."""
    if dimension == "clock":
        times = _times(raw) or _english_times(raw)
        return (times[0][2], times[-1][2]) if len(times) == 2 else None
    m = _MONTH_OF_YEAR.fullmatch(raw) if dimension == "yearday" else None
    if not m:
        return None
    month = int(parse_number(m.group(1)) or 0)
    first, last = _MONTH_PARTS.get(m.group(2) or "", (1, 31))
    return float(month * 100 + first), float(month * 100 + min(last, calendar.monthrange(BASE_YEAR, month)[1]))


_FROM_TODAY = {"前天": -2, "昨天": -1, "今天": 0, "当天": 0, "明天": 1, "后天": 2, "大后天": 3}


def day_span(text: str) -> Quantity | None:
    """The days between two days a (folded) text names by where they lie from today, when it names exactly two
    different ones (今天才通知监理，明天就换人: 1 day)."""
    days = list(_READING["days_from_today"].finditer(text))
    if len(days) != 2 or _FROM_TODAY[days[0].group()] == _FROM_TODAY[days[1].group()]:
        return None
    first, second = sorted(days, key=lambda m: _FROM_TODAY[m.group()])
    span = _FROM_TODAY[second.group()] - _FROM_TODAY[first.group()]
    a, b = sorted(days, key=lambda m: m.start())
    return Quantity(float(span), "days", a.start(), b.end(), f"{first.group()}到{second.group()}", "天")


_WEEKDAY_SAID = re.compile(r"(上|下|这|本)?(?:个)?(?<![0-9一二三四五六七八九十两几每个])(?:周|星期|礼拜)([一二三四五六日天])(?!年|岁|次)")
_WEEK_OFFSET = {"上": -1, "下": 1, "这": 0, "本": 0}


def weekday_span(text: str) -> Quantity | None:
    """The days between two days of the week a (folded) text names when it names exactly two without a time of day
    (上周一投诉的，周三才转过去: 2 days); one said without its week is the first's week, or the next when it comes
    earlier in the week (周五…周一: 3 days)."""
    days = list(_WEEKDAY_SAID.finditer(text))
    if len(days) != 2 or clock_span(text) is not None:
        return None
    (a, b), index = days, [_DAY_OF_WEEK[m.group(2)] for m in days]
    weeks = [_WEEK_OFFSET.get(m.group(1) or "") for m in days]
    if weeks[1] is None:
        span = (index[1] - index[0]) % 7 or 7
    else:
        span = 7 * (weeks[1] - (weeks[0] or 0)) + index[1] - index[0]
    if span <= 0:
        return None
    return Quantity(float(span), "days", a.start(), b.end(), f"{a.group()}到{b.group()}", "天")


def calendar_months(text: str) -> float | None:
    """The months from one calendar day to the other a (folded) text names, by the calendar: whole months to the
    day, then the days left over as a share of a month (2022年5月10号到2024年5月9号: 23.97, a day short of 24)."""
    days = list(_CALENDAR_DAY.finditer(text))
    found = _two_days(days) if len(days) == 2 else None
    if found is None:
        return None
    first, second = sorted(found)
    whole = (second.year - first.year) * 12 + second.month - first.month - (second.day < first.day)
    year, month = divmod(first.month - 1 + whole, 12)
    year += first.year
    since = datetime.date(year, month + 1, min(first.day, calendar.monthrange(year, month + 1)[1]))  # 1月31日 + 1 month
    return whole + (second - since).days / 31


_WEEKDAY = re.compile(r"\s*[（(]?\s*(?:周|星期|礼拜)([一二三四五六日天])")


def dated_by_weekday(text: str, today: datetime.date | None = None) -> str:
    """A (folded) text with each calendar day said with its weekday and no year (3月4日（周一）) given the year nearest
    now in which that day falls on that weekday (2024年3月4日（周一）), so that the working days between two such days
    can be counted."""
    today = today or datetime.date.today()
    years = sorted(range(today.year - 6, today.year + 2), key=lambda y: (abs(y - today.year), -y))
    out, last = [], 0
    for m in _CALENDAR_DAY.finditer(text):
        w = _WEEKDAY.match(text, m.end())
        if m.group(1) or not m.group(3) or not w:
            continue
        weekday = 6 if w.group(1) in "日天" else "一二三四五六".index(w.group(1))
        month, day = int(parse_number(m.group(2)) or 0), int(parse_number(m.group(3)) or 0)
        year = next((y for y in years if _weekday(y, month, day) == weekday), None)
        if year is not None:
            out.append(f"{text[last:m.start()]}{year}年")
            last = m.start()
    return "".join(out) + text[last:]


def _weekday(year: int, month: int, day: int) -> int | None:
    try:
        return datetime.date(year, month, day).weekday()
    except ValueError:
        return None


def working_days_between(text: str) -> float | None:
    """The working days (Monday to Friday, holidays aside) after one calendar day up to the other, when a (folded)
    text names exactly two and writes the year of one (2025年5月7日…5月12日: 3); None when which weekdays they are is
    not known (no year, or one said from now: 今年)."""
    days = list(_CALENDAR_DAY.finditer(text))
    found = _two_days(days)
    if found is None or not any(m.group(1) and m.group(1) not in _RELATIVE_YEAR for m in days):
        return None
    first, second = sorted(found)
    one = datetime.timedelta(days=1)
    return float(np.busday_count(first + one, second + one))


WRAP = 183  # days: a second day this much earlier in the calendar than the first is the same year's, named second


def _two_days(days: list[re.Match[str]]) -> tuple[datetime.date, datetime.date] | None:
    """The two calendar days named, each year as said or reckoned from the other (12月20日…1月5日: the next year)."""
    if len(days) != 2:
        return None
    try:
        dates = []
        for m in days:
            month = parse_number(m.group(2))
            day = parse_number(m.group(3)) if m.group(3) else _PART_OF_MONTH[m.group(4)]
            dates.append((_year(m.group(1)), int(month or 0), int(day or 0)))
        (y1, m1, d1), (y2, m2, d2) = dates
        years = [m.group(1) for m in days]
        if not _one_reckoning(*years):
            return None
        later = (m2, d2) < (m1, d1)  # 12月20日…1月5日: the second day falls in the next year
        if later and not all(years) and all(y is None or y in _RELATIVE_YEAR for y in years) \
                and (m1 - m2) * 30 + d1 - d2 < WRAP:
            # 6月30日终止营业…4月15日通知, 供热期自11月15日开始…今年8月1日申请: the later day was named first, not
            # the next year's (more than half a year on); both in one year
            later = False
        if y2 is None and y1 is not None:
            y2 = y1 + later  # 今年1月15号收到…4月10号: the year said once holds for both
        elif y1 is None and y2 is not None:
            y1 = y2 - later
        year = y1 or BASE_YEAR
        return datetime.date(year, m1, d1), datetime.date(y2 or year + later, m2, d2)
    except (ValueError, TypeError):
        return None  # 2月30日: no such day


def _one_reckoning(a: str | None, b: str | None) -> bool:
    """False for a year written (2024) against one said from now (去): which year now is is not said."""
    return not (a and b) or (a in _RELATIVE_YEAR) == (b in _RELATIVE_YEAR)


def _year(said: str | None) -> int | None:
    """2024 for 2024, BASE_YEAR - 1 for 去 (去年); None when no year is said."""
    if not said:
        return None
    return BASE_YEAR + _RELATIVE_YEAR[said] if said in _RELATIVE_YEAR else int(said)


def _days_of_month(text: str) -> Quantity | None:
    """本月3号收到的，今天20号了: 17 days, two days of one month; so are two days said with no month at all (打算从15号
    开始闭馆，1号就贴了公告: 14 days, whichever is said first)."""
    days = list(_DAY_OF_MONTH.finditer(text))
    last = list(_LAST_MONTH_DAY.finditer(text))
    if len(last) == 1 and len(days) == 1:  # 上个月1号收到的，今天是这个月25号: a month of thirty days between
        a, b = last[0], days[0]
        span = 30 - int(parse_number(a.group(1)) or 0) + int(parse_number(b.group(1)) or 0)
        return Quantity(float(span), "days", min(a.start(), b.start()), max(a.end(), b.end()), f"{a.group()}到{b.group()}", "天") \
            if span > 0 else None
    if len(days) != 2:
        days = [] if "月" in text else list(_BARE_DAY.finditer(text))
        if len(days) != 2:
            return None
        days.sort(key=lambda m: parse_number(m.group(1)) or 0)
    a, b = days
    span = int(parse_number(b.group(1)) or 0) - int(parse_number(a.group(1)) or 0)
    if span <= 0:
        return None
    return Quantity(float(span), "days", min(a.start(), b.start()), max(a.end(), b.end()), f"{a.group()}到{b.group()}", "天")


def _month_to_day(text: str, day: re.Match[str]) -> Quantity | None:
    """The whole months between a day of a written year (2026年6月30日) and a month of one (2026年1月), either first."""
    months = [m for m in _YEAR_MONTH.finditer(text) if m.group(2) and m.group(1) not in _RELATIVE_YEAR]
    if len(months) != 1 or day.group(1) in _RELATIVE_YEAR or not day.group(1):
        return None
    m = months[0]
    span = (int(day.group(1)) - int(m.group(1))) * 12 + int(parse_number(day.group(2)) or 0) - int(parse_number(m.group(2)) or 0)
    if span == 0:
        return None
    a, b = (m, day) if span > 0 else (day, m)
    return Quantity(float(abs(span)), "months", min(m.start(), day.start()), max(m.end(), day.end()),
                    f"{a.group()}到{b.group()}", "个月")


def _months_between(text: str) -> Quantity | None:
    months = list(_YEAR_MONTH.finditer(text))
    if len(months) != 2:
        return None
    (a, b) = months
    if not _one_reckoning(a.group(1), b.group(1)):
        return None
    month = lambda m: int(parse_number(m.group(2)) or 0) if m.group(2) else _PART_OF_YEAR[m.group(3)]
    span = (_year(b.group(1)) - _year(a.group(1))) * 12 + month(b) - month(a)
    said = f"{a.group()}到{b.group()}"
    if span < 0:  # the later month named first (明年6月到期，现在是今年11月): the months between them
        span, said = -span, f"{b.group()}到{a.group()}"
    if span <= 0:
        return None
    return Quantity(float(span), "months", a.start(), b.end(), said, "个月")


def _years_between(text: str) -> Quantity | None:
    """The months from a year the asker names (2022年被法院处罚) to the one they call now (现在2025年): 36个月,
    give or take a year, since neither month is said."""
    now = list(_READING["now_year"].finditer(text))
    if len(now) != 1:
        return None
    b = now[0]
    earlier = list(_READING["bare_year"].finditer(text[:b.start()]))
    if len(earlier) != 1:
        # 2019年6月被吊销…现在2025年: from that month to the now year's first month at least (eleven months more at
        # most, which the eligibility check allows for)
        months = [m for m in _YEAR_MONTH.finditer(text[:b.start()]) if m.group(2) and m.group(1) not in _RELATIVE_YEAR]
        if len(months) != 1 or earlier:
            return None
        a = months[0]
        span = (int(b.group(1)) - int(a.group(1))) * 12 - int(parse_number(a.group(2)) or 1) + 1
        return Quantity(float(span), "months", a.start(), b.end(), f"{a.group()}到{b.group(1)}年", "个月") \
            if span > 0 else None
    a = earlier[0]
    span = (int(b.group(1)) - int(a.group(1))) * 12
    if span <= 0:
        return None
    return Quantity(float(span), "months", a.start(), b.end(), f"{a.group()}到{b.group(1)}年", "个月")


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_ENGLISH_DAY = re.compile(rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\b\.?|{_MONTH}\b\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b)"
                          r"(?:,?\s+((?:19|20)\d\d)\b)?", re.IGNORECASE)
# a day of the month said alone (the 10th of each month, on the 14th), not a floor, an anniversary or a rank
_ENGLISH_DAY_OF_MONTH = re.compile(r"\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:floor|anniversary|time|year|place|day|week|month|largest|biggest))",
                                   re.IGNORECASE)
_ENGLISH_MONTH = re.compile(rf"\b{_MONTH}\b\.?,?\s+((?:19|20)\d\d)\b", re.IGNORECASE)  # March 2023


def english_days_of_year(text: str) -> list[Quantity]:
    """The calendar days an English text names (on May 3rd, 3 May), as days of every year (503)."""
    out = []
    for m in _ENGLISH_DAY.finditer(text):
        month, day = _month_number(m.group(2) or m.group(3)), int(m.group(1) or m.group(4))
        if 1 <= day <= calendar.monthrange(BASE_YEAR, month)[1]:
            out.append(Quantity(float(month * 100 + day), "yearday", m.start(), m.end(), m.group(), "日"))
    return out


def _month_number(name: str) -> int:
    return next(i for i, full in enumerate(_MONTHS, 1) if full.startswith(name.lower()[:3]))


def english_elapsed(text: str) -> Quantity | None:
    """The days between the two calendar days an English text names (on 1 February 2023 … today is 20 March 2023;
    March 20 … April 10), reckoned as `elapsed` reckons 2023年2月1日到2023年3月20日; without days, the months
    between two months of named years (in March 2023 … now June 2024: 15 months)."""
    days = list(_ENGLISH_DAY.finditer(text))
    ordinals = list(_ENGLISH_DAY_OF_MONTH.finditer(text))
    if not days and len(ordinals) == 2:  # payday is the 10th … we pay on the 14th: two days of one month
        a, b = sorted(ordinals, key=lambda m: int(m.group(1)))
        span = int(b.group(1)) - int(a.group(1))
        return Quantity(float(span), "days", min(a.start(), b.start()), max(a.end(), b.end()),
                        f"{a.group()} to {b.group()}", "天") if span > 0 else None
    if len(days) != 2:
        months = list(_ENGLISH_MONTH.finditer(text))  # in March 2023 … now June 2024: 15 months
        if days or len(months) != 2:
            return None
        said = [f"{m.group(2)}年{_month_number(m.group(1))}月" for m in months]
        span = elapsed("到".join(said))
        if span is None:
            return None
        return Quantity(span.value, span.dimension, months[0].start(), months[1].end(),
                        f"{months[0].group()} to {months[1].group()}", span.unit)
    said = []
    for m in days:
        day = m.group(1) or m.group(4)
        month = _month_number(m.group(2) or m.group(3))
        said.append(f"{m.group(5) + '年' if m.group(5) else ''}{month}月{int(day)}日")
    span = elapsed("到".join(said))
    if span is None:
        return None
    return Quantity(span.value, "days", days[0].start(), days[1].end(), f"{days[0].group()} to {days[1].group()}", "天")


def _said_year(text: str, m: re.Match[str]) -> bool:
    """A number that is a year said as one (in 2023, since 2021), not a count."""
    before = text[:m.start()]
    return bool(_YEAR_OF.fullmatch(m.group(1) or "")) and \
        re.search(r"\b(?:in|since|by|from|until|till|of|during|before|after)\s*$", before, re.IGNORECASE) is not None


@functools.cache
def _count_words() -> frozenset[str]:
    """The words of the count kinds (人, 家, employees, companies ...)."""
    return frozenset(w for words in _table().get("count_kinds", {}).values() for w in words)


def _english_counted(rest: str, counts: dict) -> tuple[int, str] | None:
    """Where the noun a number counts in English ends in `rest`, and the noun (2 licensed brokers; 6 management and
    service staff): the first of the next few words that is a plural or a word for people or firms."""
    span = re.match(counts["noun"], rest)
    for m in re.finditer(r"[a-z][a-z-]*", span.group() if span else ""):
        word = m.group()
        if len(word) >= 3 and (word in _count_words() or word.endswith("s") and word not in counts["not_nouns"]):
            return m.end(), word
    return None


_CJK = re.compile(r"[\u4e00-\u9fff]")


_EN_ORDINALS = {w: n for n, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth "
    "sixteenth seventeenth eighteenth nineteenth twentieth".split(), start=1)} | {"thirtieth": 30}
_EN_ORDINAL_DAY = re.compile(rf"\b({'|'.join(_EN_ORDINALS)})\s+(day|working day|business day|month)\b", re.IGNORECASE)


def english_quantities(text: str) -> list[Quantity]:
    """Numbers in an English question: RMB 2.8 million, 200 days, 600 square meters, 42 (years old)."""
    out = []
    units = sorted(_table()["units_en"].items(), key=lambda x: -len(x[0]))
    numbers = [(m, float(m.group(1).replace(",", "")))
               for m in re.finditer(r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:st|nd|rd|th)?\s*", text)]  # 12,000 m², 10th day
    numbers += [(m, float(sum(_EN_NUMBER_WORDS[w] for w in re.split(r"[\s-]+", m.group(1).lower()))))
                for m in _EN_WORD_NUMBER.finditer(text)]
    counts = _table()["counts_en"]
    for m, value in sorted(numbers, key=lambda x: x[0].start()):
        rest = text[m.end():].lower()
        for u, (dimension, factor) in units:
            if rest.startswith(u) and not rest[len(u):len(u) + 1].isalpha():
                if u == "m" and not _READING["metre_m"].match(rest[1:]):
                    break  # 5m in revenue: no metres
                if dimension == "count" and _said_year(text, m):
                    break  # in 2023 companies like ours: a year, not a count
                if "-" in m.group() and re.match(counts["rule_name"], rest[len(u):]):
                    break  # the seven-day rule: the rule's name, not a figure of the asker's
                out.append(Quantity(value * factor, dimension, m.start(), m.end() + len(u),
                                    text[m.start():m.end() + len(u)], u))
                break
        else:
            counted = _english_counted(rest, counts)
            if counted and value == int(value) and not _said_year(text, m) \
                    and not re.search(counts["label"], text[:m.start()].lower()):
                end = m.end() + counted[0]  # 2 licensed brokers, 6 management and service staff: a count of them
                out.append(Quantity(value, "count", m.start(), end, text[m.start():end], counted[1]))
    lower = text.lower()
    out = [dataclasses.replace(q, dimension="usd") if q.dimension == "money" and (
        re.search(_table()["compare"]["usd_before"], lower[:q.start]) or re.match(_table()["compare"]["usd_after"], lower[q.end:]))
        else q for q in out]  # USD 5 billion, $2 million: dollars
    taken = [(q.start, q.end) for q in out]
    for m in _EN_CURRENCY.finditer(text):  # RMB 45,000 a month, ¥3000: yuan, when no unit follows the number
        if not any(a <= m.start(1) < b for a, b in taken):
            # RMB 3.5m, ¥300k: the multiple after the number, in 万 as units_en has it (m alone is a million only here)
            multiple = (m.group(2) or "").lower()
            factor = _table()["units_en"]["million" if multiple == "m" else multiple][1] if multiple else 0.0001
            value = float(m.group(1).replace(",", "")) * factor
            out.append(Quantity(value, "money", m.start(), m.end(), m.group(), "yuan"))
    taken = [(q.start, q.end) for q in out]
    # 300万, 400平 in an English question: the asker's figure written the Chinese way
    out += [q for q in quantities(text) if _CJK.search(q.raw) and not any(a < q.end and q.start < b for a, b in taken)]
    taken = [(q.start, q.end) for q in out]
    for m in _EN_OUT_OF.finditer(text):  # 25 out of our 50 staff: the part, a count of the whole's kind
        whole = [q for q in out if q.dimension == "count" and q.start == m.start(2)]
        if whole and not any(a <= m.start() < b for a, b in taken):
            out.append(Quantity(float(m.group(1)), "count", m.start(), m.end(2), m.group(), whole[0].unit))
    taken = [(q.start, q.end) for q in out]
    for m in _EN_OF_THEM.finditer(text):  # 120 registered voters … 60 of them: a count of the same kind
        said = m.group(1).lower()
        value = float(said) if said.isdigit() else float(_EN_NUMBER_WORDS.get(said, 0))
        earlier = [q for q in out if q.dimension == "count" and q.end <= m.start()]
        if value and earlier and not any(a <= m.start() < b for a, b in taken):
            out.append(Quantity(value, "count", m.start(), m.end(), m.group(), earlier[-1].unit))
    taken = [(q.start, q.end) for q in out]
    for m in _EN_ORDINAL_DAY.finditer(text):  # the sixth day since then: six days gone by
        if not any(a <= m.start() < b for a, b in taken):
            unit = m.group(2).lower()
            out.append(Quantity(float(_EN_ORDINALS[m.group(1).lower()]), "months" if unit == "month" else "days",
                                m.start(), m.end(), m.group(), unit))
    taken = [(q.start, q.end) for q in out]
    for m in _EN_AGE.finditer(text):  # I'm 42, aged 42, a 42-year-old founder: an age without "years old"
        g = 1 if m.group(1) else 2
        if not any(a <= m.start(g) < b for a, b in taken):
            out.append(Quantity(float(m.group(g)), "age", m.start(g), m.end(g), m.group(g), "years old"))
    return sorted(out, key=lambda q: q.start)
