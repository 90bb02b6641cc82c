"""What a question asks: its parts and the kind of fact each wants, and the scope it sets (terms, places, years).

Everything here is read from the question alone, with the domain data of corpus/knowledge/; whether the
passages hold it is service/support.py's job.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from corpus.domain import AnswerType, Mention, answer_types, asking_words, gazetteer, sibling_mentions
from corpus.normalize import fold
from index.expand import is_english
from index.segment import pos_tokenizer, tokenizer
from service.followup import asked_part

_PART_END = re.compile(r"(?<=[？?；;。!！\n])")
# an English question asked inside a sentence: please tell me whether…, I want to know how long…
_ASKING_EN = re.compile(r"\bwhether\b|\b(?:know|tell (?:me|us)|wonder(?:ing)?|ask(?:ing)?|explain|clarify|confirm|"
                        r"find out)\b.*\b(?:how|what|which|when|who|whom|where|why|if)\b")
_SENTENCE_EN = re.compile(r"(?<=[a-z]{3}[.!])\s+(?=[a-z])")  # a full stop after a word (not u.s. or e.g.) ends a sentence
_ASKING = re.compile(r"[？?]|吗|呢|什么|啥|怎么|怎样|如何|哪|谁|多少|多长|多久|几[个年月天岁家项种类号成倍次人名]|是否|能否|可否|有没有|"
                     r"是不是|能不能|可不可以|可以不|要不要|会不会|算不算|够不够|行不行|用不用|需不需要|合不合|对不对|"
                     r"(.)不\1|^(?:what|how|which|when|who|whom|where|why|is|are|do|does|did|can|could|should|must|will|"
                     r"would|may|if)\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:\s*年)?(?!\d)")
# a year right before the asker's own figure of it (2022年营业收入520万元, 2023年度纳税额30万)
_OWN_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年度?(?=[^，,。；;？?!！]{0,10}?(?:[0-9]+(?:\.[0-9]+)?|[零一二两三四五六七八九十百千]+)"
                       r"\s*(?:万|亿|元|块|个|人|家|名|平|%|％))")
_YEAR_ASKED = asking_words()["year_asked"]
_STAT_TYPES = {"count", "amount", "rate"}
_CLAUSES = re.compile(r"[，,；;：:]")
# a county's short name jieba knows only as a rare proper name (萧山, 徐汇, 景宁: tagged a person's or other name) is
# the place; a noun (大厂资源) or a more frequent word (延长, 光明, 会同) is the place only where jieba reads it as one
_RARE_NAME = 100
_BEFORE = asking_words()["been"]
_COMMON_WORD = 500  # a county's name this frequent in jieba's dictionary is a word first (新建, 城区, 江北, 平安)
_PLACE_BEFORE, _PLACE_AFTER = asking_words()["place_before"], asking_words()["place_after"]
_JOINED_LEVEL, _LEVEL_BEFORE = asking_words()["joined_level"], asking_words()["level_before"]


def asking_clauses(text: str) -> list[str]:
    """The clauses of a sentence that ask (食品经营许可证一般多久能批下来, not 我在郑州开奶茶店, nor 我们几个兄弟…
    where 几 counts)."""
    not_asking = asking_words()["not_asking"]
    return [c for c in _CLAUSES.split(text) if c.strip() and _ASKING.search(not_asking.sub("X", c))]


@dataclass(frozen=True, slots=True)
class Part:
    """One sentence of the question: a statement of the asker's situation, or something asked."""

    text: str  # folded
    asking: bool
    types: tuple[AnswerType, ...]


@dataclass(frozen=True, slots=True)
class Frame:
    question: str  # the standalone question, as the user wrote it
    folded: str
    english: bool
    parts: tuple[Part, ...]
    terms: tuple[Mention, ...]  # family siblings named (国家级, 增值税, 合伙企业 ...)
    places: tuple[Mention, ...]  # places named (兰州, 浦东, Chengdu), key = their possible full names
    years: tuple[str, ...]  # years the question asks figures for (2023 in 2023年底有多少家)

    @property
    def asked(self) -> tuple[Part, ...]:
        return tuple(p for p in self.parts if p.asking)

    @property
    def types(self) -> tuple[AnswerType, ...]:
        seen: dict[str, AnswerType] = {}
        for p in self.asked:
            for t in p.types:
                seen.setdefault(t.name, t)
        return tuple(seen.values())


# a clause that asks whether (…行不行, …可以吗, …对吧)
_YES_NO = re.compile(r"吗|吧$|行不行|能不能|可不可以|可以不|是不是|会不会|算不算|够不够|用不用|要不要|"
                     r"对不对|好不好|合不合|有没有|是否|能否|可否|(.)不\1")
# 多少 of what was done or not (列了增值税多少钱, 没有分别写各自多少钱): a figure reported, not asked
_REPORTED = re.compile(r"(?<=[了没未])[^，,。；;？?吗呢]{0,12}?多少|(?:没有|没|未)[^，,。；;？?吗呢]{0,12}?多少")
# 几 of "a few" (干几天就跑, 跟几家厂商一起): its unit followed by more words, not by the clause's end (要几天，)
_A_FEW = re.compile(r"几(?=[个年月天岁家项种类号成倍次人名](?!啊|呀|呢|吗|嘛)[\u4e00-\u9fff])")
_QUOTED = re.compile(r"“[^”]{1,30}”|「[^」]{1,30}」|『[^』]{1,30}』|‘[^’]{1,30}’|\"[^\"]{1,30}\"")


def _types(text: str, english: bool) -> tuple[AnswerType, ...]:
    """The kinds of fact a sentence asks for, read in its clauses that ask (万一被查到申请材料造假，会有什么后果:
    a consequence is asked, the 申请材料 are the story); a sentence with no asking clause is read whole."""
    words = asking_words()
    text = words["not_asking"].sub("X", text)  # 这几年的业绩: no question of how many years
    text = _QUOTED.sub("X", text)  # 这算“造成特别严重后果”吗: a term of the rule quoted, no asking of a consequence
    clauses = [c for c in _CLAUSES.split(text) if c.strip()]
    # When we apply for…, can shared areas be counted?: a clause opening with "when" before the rest of its sentence
    # says when the rest holds; it asks no date
    asking = [c for i, c in enumerate(clauses) if _ASKING.search(c)
              and not (english and i < len(clauses) - 1 and re.match(r"\s*when\b", c))] or [text]
    if not english and len(asking) > 1 and _YES_NO.search(asking[-1]):
        # 怕阿姨干几天就跑，…，这样做行不行: before a question of whether, 几 of a clause that asks nothing else is "a few"
        asking = [c for c in asking[:-1] if _ASKING.search(_A_FEW.sub("X", c))] + asking[-1:]
    if not english and len(asking) > 1:
        # 里面也单独列了增值税多少钱，那印花税是按…还是…算: before the clause that asks, 多少 of what was done or not
        # (列了…多少钱, 没有分别写各自多少钱) reports a figure, it does not ask one
        asking = [c for c in asking[:-1] if _ASKING.search(_REPORTED.sub("X", c))] + asking[-1:]
    out = []
    for t in answer_types():
        pattern = t.asked_en if english else t.asked
        if pattern is None or (t.fallback and out):
            continue
        for clause in asking:
            m = pattern.search(clause)
            # 比例有没有上限 asks whether there is one, 完税价格怎么算 how it is reckoned: a value only with a
            # quantity word (多少, 几, how)
            value = words["value"].search(clause if english else m.group()) if m else None  # what rate does …
            if m and not (t.figure and (words["whether"].search(clause) or words["method"].search(clause)
                                        or words["choice"].search(clause)) and not value):
                out.append(t)
                break
    if any(t.name == "approver" for t in out):  # 哪个部门批准: the office that approves, not any office the text names
        out = [t for t in out if t.name != "organisation"]
    if any(t.name in ("organisation", "approver") for t in out) and not any(words["value"].search(c) for c in asking):
        # 收费标准是谁来定的: who sets the figure is asked, not the figure
        out = [t for t in out if not t.figure]
    return tuple(out)


def _named(text: str, english: bool) -> tuple[AnswerType, ...]:
    """The kinds of fact whose nouns a keyword-only question names (额度, 比例, 期限)."""
    if english:
        return ()
    return tuple(t for t in answer_types() if t.named is not None and t.named.search(text))


# ", and how long…", ", and from which month…": a second question joined to the first
_AND_ASKS = re.compile(r",? and (?=(?:(?:from|by|in|at|on|for|to|until) )?(?:how|what|which|when|who|where)\b)")


def _also_named(part: Part, english: bool) -> tuple[AnswerType, ...]:
    """The kinds a keyword-only part names beside those it asks, none read the same way as one asked."""
    read = {t.reading for t in part.types if t.reading}
    return tuple(n for n in _named(part.text, english) if n not in part.types and n.reading not in read)


def _split(folded: str, english: bool) -> list[str]:
    pieces = [p.strip() for p in _PART_END.split(folded) if p.strip()]
    if english:  # "... and how long does it take?" asks two things; so do two sentences ("We are in Ningbo. How long…")
        pieces = [s.strip() for p in pieces for s in _SENTENCE_EN.split(p) if s.strip()]
        pieces = [s.strip() for p in pieces for s in _AND_ASKS.split(p) if s.strip()]
    return pieces or [folded]


_HAN = re.compile(r"^[\u4e00-\u9fff]+$")


def _places(folded: str) -> list[Mention]:
    """Places the question names. A county's short name counts only where jieba reads it as a place or as a rare
    name (我们在浦东, 郫都的, 在萧山), not inside other words or as a common word (投资兴建, 可以延长吗), nor as
    the second half of a name that is no place (京东商城), unless a place comes right before it (杭州滨江), nor as a
    conjunction and a level after another level (乡镇人民政府和县农业…: 和 + 县, not 和县)."""
    g = gazetteer()
    # 之前在深圳待过, 以前在杭州上班: where the asker was, not where they are asking about
    found = [m for m in g.mentions(folded) if not _BEFORE.search(folded[max(0, m.start - 4):m.start])
             and not (_JOINED_LEVEL.match(m.alias) and _LEVEL_BEFORE.search(folded[:m.start]))]
    if found and any(_HAN.match(m.alias) for m in found):
        # 白天门口 is 白天 + 门口, not 天门: a Chinese name whose first character ends a word jieba reads before it
        spans, at = [], 0
        for w in tokenizer().lcut(folded):
            spans.append((at, at + len(w)))
            at += len(w)
        found = [m for m in found if not (_HAN.match(m.alias) and any(a < m.start < b for a, b in spans))]
    freq = tokenizer().FREQ
    common = {m.alias for m in found if freq.get(m.alias, 0) >= _COMMON_WORD and g.is_county(m.key)}
    if not common and not any(g.is_county_short(m.alias) for m in found):
        return found
    tokens = _pos(folded)
    keep = []
    places_at = {m.start + len(m.alias) for m in found if not g.is_county_short(m.alias) and m.alias not in common}
    for m in found:
        # a full name that is a word (城区, 郊区: no short name to tell them by) only after its city (阳泉城区)
        if m.alias in common and not (m.start in places_at or m.alias not in g.places and (
                _PLACE_BEFORE.search(folded[max(0, m.start - 2):m.start]) or _PLACE_AFTER.search(folded[m.end:m.end + 2]))):
            continue
        if g.is_county_short(m.alias):
            flags = [f for w, f, start in tokens if w == m.alias and start == m.start]
            if not flags or (m.alias in freq and not flags[0].startswith("ns")
                             and not (freq[m.alias] < _RARE_NAME and flags[0][:2] in ("nr", "nz"))):
                continue
            before = [(w, f) for w, f, start in tokens if start + len(w) == m.start]
            # 京东商城: a common word after a name that is no place is part of that name, not 商城县
            if m.alias in freq and before and before[0][1][:1] == "n" and m.start not in places_at:
                continue
        keep.append(m)
    return keep


def _asks(piece: str) -> bool:
    """Whether a piece asks: a sentence closed by a full stop whose only asking word is 几 says how many (创始团队几个人
    都当了爸妈。), it does not ask it."""
    found = [m.group() for m in _ASKING.finditer(piece)] + [m.group() for m in _ASKING_EN.finditer(piece)]
    if piece.rstrip().endswith(("。", ".")):
        return any(not w.startswith("几") for w in found)
    return bool(found)


def _pos(text: str) -> list[tuple[str, str, int]]:
    out, at = [], 0
    for w, f in pos_tokenizer().cut(text):
        out.append((w, f, at))
        at += len(w)
    return out


_ELLIPTIC = re.compile(r"\s*(?:那么?|还有|那如果是?|如果是|要是)\s*[，,]?\s*[^，,。？?]{2,12}?(?:的话)?呢\s*[？?]?\s*")  # 那调取证据呢？


@functools.lru_cache(maxsize=4096)
def understand(question: str) -> Frame:
    """The question's parts, asked fact types and scope (cached: a question is read once per answer)."""
    folded = fold(question)
    english = is_english(question)
    main, context = asked_part(folded)  # a follow-up's earlier turn, in brackets, is context only
    parts = []
    for piece in _split(main, english):
        parts.append(Part(piece, _asks(piece), _types(piece, english)))
    if not any(p.asking for p in parts):  # keywords only (印花税 税率 借款合同): every part is asked, and
        # the kinds of fact it names are asked (开业贷款担保 额度上限 asks an amount)
        # (罚款具体金额: the fine's sum, besides the penalty; a kind read the same way as one asked adds nothing: 最高比例 of
        # 投资补助 asks the rate, not the subsidy's sum too)
        parts = [Part(p.text, True, p.types + _also_named(p, english)) for p in parts]
        if len(parts) > 1 and any(p.types for p in parts):
            # …those that ask a kind of fact, when some do; the others tell the asker's story (We are in Ningbo. I want
            # to know how long the approval takes.)
            parts = [Part(p.text, bool(p.types), p.types) for p in parts]
    parts += [Part(piece, False, ()) for piece in _split(context, english)] if context else []
    years = []
    for p in parts:
        if not p.asking:
            continue
        for m in _YEAR.finditer(p.text):
            if {t.name for t in p.types} & _STAT_TYPES or _YEAR_ASKED.search(p.text):
                years.append(m.group(1))
    return Frame(question=question, folded=folded, english=english, parts=tuple(parts),
                 terms=_whole_words(folded, sibling_mentions(folded)), places=tuple(_places(folded)),
                 years=tuple(dict.fromkeys(years)))


def _whole_words(folded: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """The mentions that no two words of the text straddle: 关税 is no term in 相关税收优惠 (相关|税收优惠) nor 个税
    in 哪个税务局, where 交个税 (交个|税) and a word that holds a whole term (国家级孵化器) keep theirs."""
    if not mentions:
        return mentions
    words = [(start, end) for _, start, end in tokenizer().tokenize(folded) if end - start > 1]

    def straddled(m: Mention) -> bool:
        return (any(start < m.start < end < m.end for start, end in words)  # a word ends inside it
                and any(m.start < start < m.end < end for start, end in words))  # and the next runs past it
    return tuple(m for m in mentions if not straddled(m))


def searched_text(frame: Frame) -> str:
    """The question as it is searched: a year that dates the asker's own figure (2022年营业收入520万元) is their
    situation, not a scope of what they ask, and would pull in passages of that year's statistics; a year the
    question asks figures for (2023年底有多少家) stays."""
    return _OWN_YEAR.sub(lambda m: m.group() if m.group(1) in frame.years else " ", frame.question)


def carried_types(question: str) -> tuple[AnswerType, ...]:
    """The kinds of fact a bare follow-up (那调取证据呢？) asks by its earlier turn's question (…最迟应在多长时间内办完？:
    a time), when it names none of its own; none otherwise."""
    main, context = asked_part(fold(question))
    if not context or is_english(question) or not _ELLIPTIC.fullmatch(main) or _types(main, False):
        return ()
    return tuple(dict.fromkeys(t for piece in _split(context, False) for t in _types(piece, False)))


def sought_words(frame: Frame) -> str:
    """The texts' words for the kinds of fact asked (法律责任 罚款 for 忘了报会怎么样), to search for beside the
    question; none for a kind the question already names in one of those words (会被罚款吗)."""
    return " ".join(t.search for t in frame.types
                    if t.search and not any(w in frame.folded for w in t.search.split()))
