"""Extractive answers: the best passages' own sentences, whole lists under their heading, [n] marks."""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Callable
from dataclasses import dataclass

from corpus.messages import message
from corpus.catalog import base_title
from corpus.chunk import ARTICLE
from corpus.domain import cited_duties, condition_words, gazetteer
from corpus.models import Chunk, Document
from corpus.normalize import fold
from index.search import Hit, Index
from service.answer import Citation
from service.words import shares_words, topic_words, weight
from service.eligibility import Checks, Gloss, asks_whether, check, combine_rule, defined_items, fine_for_cases
from service.support import Gap, Passage, jurisdiction
from service.understand import understand

_NUM = "一二三四五六七八九十"
ITEM = re.compile(rf"^([（(]\d{{1,2}}[）)]|\d{{1,2}}[、．.](?!\d)|[（(][{_NUM}]+[）)]|[{_NUM}]+[、是]|[①-⑳]|——|第[{_NUM}百零\d]+条)")
LIST_QUESTION = re.compile(r"(条件|哪些|哪几|类型|种类|标准|要求|几种|几类|有啥|分为|包括|包含|列举|criteria|conditions|"
                           r"requirements|types|kinds|categor|what are|which|what (?:do|does|must|should) .{0,60}\b(?:need|have|"
                           r"meet)\b|qualif)", re.IGNORECASE)
# Terms that set apart parallel passages (national vs provincial lists, incubator vs maker-space rules).
FAMILIES = (("国家级", "省级", "国家备案", "市级"), ("孵化器", "众创空间"))
_NUMBERING = re.compile(rf"^(\d{{1,2}}[、．.]|[（(][{_NUM}\d]+[）)]|[{_NUM}]+、)\s*")


def strip_numbering(text: str) -> str:
    """A heading without its list number: （三）国家级… -> 国家级…"""
    return _NUMBERING.sub("", text)
_QUESTION_FORM = re.compile(r"[？?]\s*$|哪些|什么|如何|怎样|怎么|是否|有哪|吗\s*$")
_SENTENCE = re.compile(r"[^。！？；!?;]+[。！？；!?;]?")
_BREAKS = re.compile(r"[。！？!?\n]|……")  # sentences, list items and the cuts between quoted pieces
MAX_LIST = 1500  # characters: a longer list is cited item by item
MAX_ARTICLE = 900  # characters: an article this long is one unit (a longer one is cited paragraph by paragraph)
WHOLE_ARTICLE = 400  # characters: an article this short is quoted whole
SHORT = 160  # a passage this short is quoted whole
MOST_SENTENCES = 4  # sentences quoted from a long article
TYPE_BONUS = 3.0  # topic weight a sentence gains for holding the kind of fact asked
ITEM_CHARS = 40  # characters of a condition shown in the item-by-item check
CLOSE = 0.8  # a next passage scoring this share of the first is quoted too
CLOSE_MOST = 4  # passages quoted at most that way
BRIEF_FROM = 2  # from this rank of the quoted passages on, a passage is quoted by its best sentence only
BRIEF_WHOLE = 200  # characters: a later passage this short is quoted whole, not by its best sentence
LEAD_MOST = 300  # characters: a list's lead is quoted from its sentence's start when the sentence is no longer
BRIEF_MOST = 150  # characters: a best sentence's clauses after a ； are quoted with it up to this length
PART_DEPTH = 5  # units searched for a part of the question the first quotes leave open: every one cited (k)
PART_COVERED = 0.5  # share of a part's topic words (by weight) a quote holds to answer it
PART_WEIGHT = 4.5  # how much a word of one part must say to be that part's own (营业日志 of …营业日志又要留几天？)


@dataclass
class Unit:
    """What one citation stands for: a passage, or a whole list under its heading."""

    hit: Hit
    doc: Document
    chunks: list[Chunk]
    heading: Chunk | None
    is_list: bool
    start: int
    end: int
    is_article: bool = False  # a whole 第X条 with its paragraphs and items

    @property
    def key(self) -> tuple[str, int]:
        c = self.hit.chunk
        return (c.doc_id, c.parent) if self.is_list or self.is_article else (c.doc_id, -1 - c.chunk_id)

    @property
    def section(self) -> str:
        return self.heading.section_path if self.heading else self.hit.chunk.section_path

    @property
    def label(self) -> str:
        """The heading a reader needs to understand the passage, without its numbering."""
        section = self.heading.section if self.heading else self.hit.chunk.section
        return _NUMBERING.sub("", section[-1]) if section else ""

    @property
    def items(self) -> list[Chunk]:
        return [c for c in self.chunks if not c.is_heading]


def make_unit(index: Index, hit: Hit) -> Unit:
    doc = index.documents[hit.chunk.doc_id]
    group = index.group(hit.chunk) if hit.chunk.parent >= 0 else [hit.chunk]
    items = [c for c in group if not c.is_heading]
    heading = next((c for c in group if c.is_heading), None)
    marked = sum(bool(ITEM.match(c.text)) for c in items)
    start = (heading or items[0]).start if items else hit.chunk.start
    end = items[-1].end if items else hit.chunk.end
    if items and ARTICLE.match(items[0].text) and items[-1].end - items[0].start <= MAX_ARTICLE:
        return Unit(hit, doc, items, None, False, items[0].start, items[-1].end, is_article=True)
    if heading and items and ARTICLE.match(heading.text) and end - heading.start <= MAX_ARTICLE:
        # 第四条 契税的计税依据： and its items: one article, quoted like any other
        return Unit(hit, doc, [heading, *items], None, False, heading.start, end, is_article=True)
    is_list = len(items) >= 2 and marked >= max(2, len(items) * 2 // 3) and end - start <= MAX_LIST
    # A heading found on its own is quoted with what it heads, never alone (服务对象及时限应满足下列要求).
    is_list = is_list or (hit.chunk.is_heading and bool(items) and end - start <= MAX_LIST)
    if not is_list:
        return Unit(hit, doc, [hit.chunk], None, False, hit.chunk.start, hit.chunk.end)
    return Unit(hit, doc, group, heading, True, start, end)


def prefer_versions(index: Index, units: list[Unit], question: str) -> list[Unit]:
    """Of several versions of one regulation, the newest answers, unless the question names another's year
    (2020年版, 旧版条例的2020年): then that one does."""
    years = set(re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", question))
    asked: dict[str, str] = {}  # base title -> the version date the question names
    for u in units:
        base = base_title(u.doc.title)
        if u.doc.date[:4] in years and len(index.versions.get(base, [])) > 1:
            asked[base] = u.doc.date
    present = {(base_title(u.doc.title), u.doc.date) for u in units}
    out = []
    for u in units:
        base = base_title(u.doc.title)
        dates = index.versions.get(base, [])
        if not u.doc.date or len(dates) < 2:
            out.append(u)
            continue
        wanted = asked.get(base, dates[-1])
        if u.doc.date == wanted or (base, wanted) not in present:
            out.append(u)  # the version asked for (or the only one found)
    return out


def units_from_hits(index: Index, hits: list[Hit], k: int) -> list[Unit]:
    """Distinct units, best first; hits inside one list count once."""
    units: dict[tuple[str, int], Unit] = {}
    for hit in hits:
        unit = make_unit(index, hit)
        if unit.key not in units:
            units[unit.key] = unit
        if len(units) == k:
            break
    return list(units.values())


def answer_sentences(question: str, chunk: Chunk, *, most: int = 3) -> list[tuple[int, int]]:
    """Spans (in the document) of the chunk's sentences that together cover most of the question's topic words.

    Greedy: each pick adds the most topic weight not yet covered, so a two-part question gets the
    sentence for each part; spans come back in reading order.
    """
    words = {w: weight(w) + 0.1 for w in topic_words(question)}
    kinds = understand(question).types
    sentences = [(chunk.start + m.start(), chunk.start + m.end(), fold(m.group()))
                 for m in _SENTENCE.finditer(chunk.text) if m.group().strip()]
    if not sentences:
        return [(chunk.start, chunk.end)]
    # A sentence holding the kind of fact asked (a sum for 多少钱, a time limit for 多久) weighs a topic word more.
    holds = {text: TYPE_BONUS * sum(1 for t in kinds if t.held.search(text)) for _, _, text in sentences}
    chosen: list[tuple[int, int, str]] = []
    covered: set[str] = set()
    while len(chosen) < most:
        gain, best = max(((sum(wt for w, wt in words.items() if w in text and w not in covered)
                           + (holds[text] if not chosen or holds[text] else 0.0), (a, b, text))
                          for a, b, text in sentences if (a, b, text) not in chosen), default=(0.0, None))
        if best is None or (chosen and gain < 1.0):
            break
        chosen.append(best)
        covered |= {w for w in words if w in best[2]}
    spans = sorted((a, _through(chunk.text, a - chunk.start, b - chunk.start, len(chunk.text)) + chunk.start)
                   for a, b, _ in chosen)
    return _merged(spans) or [(sentences[0][0], sentences[0][1])]


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in reading order with those that overlap joined."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def best_sentence(question: str, chunk: Chunk) -> tuple[int, int]:
    """The stretch of the chunk from the first to the last answering sentence."""
    spans = answer_sentences(question, chunk)
    return spans[0][0], spans[-1][1]


def citation(n: int, unit: Unit, question: str) -> Citation:
    hs, he = best_sentence(question, unit.hit.chunk) if not unit.hit.chunk.is_heading else (unit.start, unit.end)
    h = unit.hit
    return Citation(n=n, doc_id=unit.doc.doc_id, title=unit.doc.title, section=unit.section,
                    text=unit.doc.text[unit.start:unit.end], start=unit.start, end=unit.end, score=h.score,
                    dense=h.dense, bm25=h.bm25, highlight_start=hs, highlight_end=he)


def _quote(question: str, unit: Unit, cite: Citation, *, whole_list: bool,
           duties: frozenset[tuple[str, str]] = frozenset()) -> str:
    """The passage's own words for the answer. `duties`: the (document, article number) of the other passages cited."""
    if unit.is_article:
        return _quote_article(question, unit, duties)
    if unit.is_list and (whole_list or unit.hit.chunk.is_heading or _asks_listed(question, unit.label)):
        lead = _colon(unit.label)
        return (f"{lead}\n" if lead else "") + "\n".join(c.text for c in unit.items)
    chunk = unit.hit.chunk
    body = _item_quote(question, unit, chunk)
    if unit.is_list and unit.items:
        # the item that answers best too, by the question's words and the kinds of fact it asks (至少要多少个工位: the
        # item with 工位 and a count), when it is not the one the search found first
        best = max(unit.items, key=lambda c: _weight(question, c.text))
        if _weight(question, best.text) > _weight(question, chunk.text):
            first, second = sorted((chunk, best), key=lambda c: c.start)
            body = f"{_item_quote(question, unit, first)}……{_item_quote(question, unit, second)}"
    if unit.is_list or ITEM.match(body):
        return f"{_colon(unit.label)}{body}" if unit.label else body
    return body


# what a list's lead says its items are (应当如实提交下列材料：): asked of by name (需要什么材料), the list is the answer
_LISTED = re.compile(r"(?:下列|以下|如下)(?!规定)([\u4e00-\u9fff]{2})(?:之一的?)?[：:]?\s*$")


def _asks_listed(question: str, label: str) -> bool:
    """Whether the list is the answer: its lead names what its items are and the question asks for them by name, or
    the items are requirements all must meet (应当具备下列条件：) and the question asks whether the asker meets them
    (够办瓶装燃气经营许可证吗)."""
    m = _LISTED.search(label)
    return bool(m) and (m.group(1) in fold(question) or combine_rule(label, "") == "all" and asks_whether(question))


def _item_quote(question: str, unit: Unit, chunk: Chunk) -> str:
    """A passage's words: all of a short one, else its sentences that answer."""
    if len(chunk.text) <= SHORT:
        return chunk.text
    return "".join(unit.doc.text[a:b] for a, b in answer_sentences(question, chunk))


def _quote_article(question: str, unit: Unit, duties: frozenset[tuple[str, str]] = frozenset()) -> str:
    """A short article whole; a longer one as its number and the sentences that answer, in reading order."""
    text = unit.doc.text[unit.start:unit.end]
    if len(text) <= WHOLE_ARTICLE:
        return text
    spans = [span for c in unit.chunks for span in answer_sentences(question, c)]
    scored = sorted(spans, key=lambda sp: -_weight(question, unit.doc.text[sp[0]:sp[1]]))[:MOST_SENTENCES]
    # Each kind of fact asked (a time limit, a sum) is quoted where the article gives it, if it does.
    kinds = understand(question).types
    for kind in kinds:
        if not any(kind.held.search(fold(unit.doc.text[a:b])) for a, b in scored):
            holding = [(a, b) for c in unit.chunks for a, b in _sentences(c)
                       if kind.held.search(fold(unit.doc.text[a:b]))]
            if holding:
                scored.append(max(holding, key=lambda sp: _weight(question, unit.doc.text[sp[0]:sp[1]])))
    if any(k.name == "penalty" for k in kinds):
        # the sanction for a duty cited beside it, which it names by number only (（七）违反本条例第二十九条第二款…规定的，
        # …并处以三百元以上一万元以下的罚款 for 第二十九条 送审): the consequence asked, whatever its words
        own = ARTICLE.match(text.strip())
        cited = {a for d, a in duties if d == unit.doc.doc_id and not (own and a == own.group())}
        if cited:
            scored += _citing(unit, cited)
    # The article's first sentence frames the rest (纳税人有下列行为之一的，…处二千元以下的罚款): always quoted.
    first = _SENTENCE.match(unit.chunks[0].text)
    lead = (unit.chunks[0].start, unit.chunks[0].start + first.end()) if first else (unit.start, unit.start)
    picked = sorted({lead, *scored})
    out, last = [], None
    for a, b in picked:
        if last is not None and b <= last:
            continue  # inside what is quoted already
        # spans may overlap (the first sentence and a longer one from the same start): each word once
        out.append(("" if last is None else "" if a <= last + 1 else "……") + unit.doc.text[max(a, last or a):b].strip())
        last = b
    return "".join(out)


def _citing(unit: Unit, cited: set[str]) -> list[tuple[int, int]]:
    """The sentences of a unit that set the sanction for one of the cited articles: one that cites it, and those after
    it up to the next that cites an article or opens an item (…第二款规定的，责令限期改正；逾期未改正的，并处…罚款)."""
    out, on = [], False
    for c in unit.chunks:
        for a, b in _sentences(c):
            sentence = unit.doc.text[a:b]
            cites = cited_duties(sentence)
            if cites or ITEM.match(sentence.strip()):
                on = bool(cites & cited)
            if on:
                out.append((a, b))
    return out


def _sentences(chunk: Chunk) -> list[tuple[int, int]]:
    return [(chunk.start + m.start(), chunk.start + m.end()) for m in _SENTENCE.finditer(chunk.text) if m.group().strip()]


def _weight(question: str, sentence: str) -> float:
    """A sentence's topic weight for the question, plus TYPE_BONUS for each kind of fact asked that it holds."""
    text = fold(sentence)
    held = sum(TYPE_BONUS for t in understand(question).types if t.held.search(text))
    return held + sum(weight(w) + 0.1 for w in topic_words(question) if w in text)


def _colon(label: str) -> str:
    """The label as a lead-in ("申请国家级科技企业孵化器应具备以下条件："); none for a question-form heading
    (科技企业孵化器、众创空间享受哪些政策优惠和履行职责？), which reads as if the answer asked it."""
    if _QUESTION_FORM.search(label):
        return ""
    return label.rstrip("？?：:") + "："


def _term(text: str, family: tuple[str, ...]) -> str:
    return next((t for t in family if t in text), "")


def _aspect(unit: Unit) -> str:
    text = unit.label
    for family in FAMILIES:
        for term in family:
            text = text.replace(term, "")
    return text


def _contrast(question: str, units: list[Unit]) -> int:
    """Index of a unit that says the same as the first for another level or carrier the question leaves open."""
    first = units[0]
    for family in FAMILIES:
        mine = _term(first.section, family)
        if not mine or _term(question, family):
            continue
        for i, u in enumerate(units[1:4], 1):
            other = _term(u.section, family)
            if other and other != mine and _similar(_aspect(u), _aspect(first)):
                return i
    return 0


def _similar(a: str, b: str) -> bool:
    sa, sb = set(a), set(b)
    return bool(sa and sb) and len(sa & sb) / len(sa | sb) >= 0.6


def _place_label(question: str, unit: Unit) -> str:
    """（甘肃省的规定） when a question names a place and the passage is the rule of a wider one it lies in."""
    asked = [m.key for m in understand(question).places]
    where = jurisdiction(Passage(unit.doc.text[unit.start:unit.end], unit.section, unit.doc.title, unit.doc.region))
    if not asked or not where or any(set(a) & set(where) for a in asked):
        return ""
    g = gazetteer()
    # the wider place the asker is in: a province or city before a zone the passage also names (长三角)
    wider = [w for w in where if any(g.within(a, frozenset({w})) for a in asked)]
    if not wider:
        return ""
    zone = lambda w: any(p.level == "zone" for p in g.places.get(w, []))
    return message("place_label", place=min(wider, key=lambda w: (zone(w), len(w))))


def describe_gaps(gaps: list[Gap], language: str) -> str:
    """The user's sentence(s) saying what the documents lack, and what they hold instead."""
    en = "_en" if language == "en" else ""
    out = []
    for g in gaps:
        # a place an English question names is read folded (zhejiang, beijing's): said back as a name (Zhejiang, Beijing)
        asked = string.capwords(re.sub(r"['’]s$", "", g.asked)) if en and g.kind == "place" and g.asked.isascii() \
            else g.asked
        if g.kind == "type":
            out.append(message("gap_type" + en, what=message(g.asked + en)))
        elif g.kind == "place" and not g.held:
            out.append(message("gap_place_none" + en, asked=asked))
        else:
            out.append(message(f"gap_{g.kind}" + en, asked=asked, held=g.held))
    return (" " if en else "").join(out)


def compose_gaps(gaps: list[Gap], language: str, units: list[Unit], citations: list[Citation], question: str) -> str:
    """A refusal that says what is missing, then quotes the nearest passage, labelled as such."""
    en = "_en" if language == "en" else ""
    head = message("gap_refused" + en, gaps=describe_gaps(gaps, language))
    if not units:
        return head
    i = _neighbour(gaps, units)
    unit, cite = units[i], citations[i]
    held = " ".join(h for g in gaps if g.kind in ("term", "year") for h in g.held.split("、"))
    return f"{head}\n《{unit.doc.title}》：{_quote(held or question, unit, cite, whole_list=False)} [{cite.n}]"


def _neighbour(gaps: list[Gap], units: list[Unit]) -> int:
    """The unit that holds what the documents have instead (房产税 for 企业所得税); the best one otherwise."""
    held = [h for g in gaps if g.kind in ("term", "year") for h in g.held.split("、") if h]
    for i, u in enumerate(units[:3]):
        if any(h in fold(f"{u.section} {u.doc.text[u.start:u.end]}") for h in held):
            return i
    return 0


def compose(question: str, units: list[Unit], citations: list[Citation], *, gaps: list[Gap] | None = None,
            language: str = "zh-Hans") -> str:
    """Chinese answer text built from the units' sentences, each followed by its [n]."""
    if not units:
        return ""
    body = _compose(question, units, citations)
    if gaps:
        en = "_en" if language == "en" else ""
        body += "\n\n" + message("gap_partial" + en, gaps=describe_gaps(gaps, language))
    return body


_LEAD_END = re.compile(r"[：:]\s*$")  # a sentence that ends by introducing what follows


def _brief(question: str, unit: Unit) -> str:
    """A passage quoted beside others: its one sentence that answers best (of a list, never its heading)."""
    chunks = [c for c in unit.chunks if not c.is_heading] or [unit.hit.chunk]
    if len(chunks) == 1 and len(chunks[0].text) <= BRIEF_WHOLE:  # a short paragraph is one thought: quoted whole
        return chunks[0].text.strip()
    spans = [span for c in chunks for span in _sentences(c)] or [(unit.start, unit.end)]
    weight = lambda sp: _weight(question, unit.doc.text[sp[0]:sp[1]])
    a, b = max(spans, key=weight)
    if _LEAD_END.search(unit.doc.text[a:b]):
        # a lead's clauses before its last (…给予警告，对单位处1000元以上1万元以下的罚款…；造成…后果的，…给予处分：) are
        # the same sentence: what it does to everyone in the list is there
        a = _sentence_start(unit.doc.text, a, max(unit.start, b - LEAD_MOST))
    quote = unit.doc.text[a:_through(unit.doc.text, a, b, unit.end)].strip()
    # A lead that introduces items (…连同下列文件报…审批：) says nothing alone: the item that answers best goes with it.
    items = [sp for sp in spans if sp[0] >= b and not _LEAD_END.search(unit.doc.text[sp[0]:sp[1]])]
    if _LEAD_END.search(quote) and items:
        c, d = max(items, key=weight)
        quote += ("" if (c, d) == min(items) else "……") + unit.doc.text[c:_through(unit.doc.text, c, d, unit.end)].strip()
    return quote


def _sentence_start(text: str, a: int, earliest: int) -> int:
    """Where the sentence whose clause starts at a begins, its clauses before joined by ； (none starting before
    `earliest`)."""
    while m := re.search(r"[；;]\s*$", text[:a]):
        start = max(text.rfind(c, 0, m.start()) for c in "。！？!?；;\n") + 1
        if start < earliest:
            break
        a = start
    return a


def _through(text: str, a: int, b: int, end: int) -> int:
    """Where the sentence text[a:b] ends when a clause closed by ； goes on in the clauses after it to the end of its
    sentence (…可处以五百元以下的罚款；情节严重的，处以五百元以上五千元以下的罚款。), as long as that sentence is short
    enough to quote; b otherwise."""
    while b < end and text[b - 1] in "；;":
        m = _SENTENCE.match(text, b, end)
        if not m or m.end() - a > BRIEF_MOST:
            break
        b = m.end()
    return b


def _compose(question: str, units: list[Unit], citations: list[Citation]) -> str:
    listy = bool(LIST_QUESTION.search(question))
    chosen = [0]
    first = units[0]
    # National and provincial (or incubator and maker-space) versions of the same passage: show both
    # when the question does not say which it means.
    other = _contrast(fold(question), units)
    if other:
        chosen.append(other)
    # The next passages that score close to the first are quoted too, while each one before them was: the
    # documents may answer in several places (a law and its implementing regulation), and the asker sees each
    # with its source. From the third on, only the sentence that answers best.
    for i in range(1, min(len(units), CLOSE_MOST)):
        if len(chosen) >= CLOSE_MOST or len(chosen) < i or (first.is_list and listy):
            break
        unit = units[i]
        if unit.hit.score >= CLOSE * first.hit.score and all(unit.key != units[j].key for j in chosen) \
                and not _heading_only(unit):
            chosen.append(i)
    quotes: dict[int, str] = {}
    duties = frozenset((u.doc.doc_id, m.group()) for u in units if u.is_article
                       and (m := ARTICLE.match(u.doc.text[u.start:u.end].strip())))
    for rank, i in enumerate(list(chosen)):
        if rank < BRIEF_FROM:
            quotes[i] = _quote(question, units[i], citations[i], whole_list=listy, duties=duties)
            continue
        brief = _brief(question, units[i])
        if fold(brief) in fold("".join(quotes.values())):  # a passage repeated in the document says nothing new
            chosen.remove(i)
        else:
            quotes[i] = brief
    # Each part of a two-part question (…多久？要交什么材料？) is answered: a part the quotes so far leave open is
    # quoted from the first passage that holds it: another item of the quoted list, or one of the next passages.
    for part in _open_parts(question, " ".join(quotes.values())):
        for i in range(min(len(units), PART_DEPTH)):
            if i not in quotes and _heading_only(units[i]):
                continue
            quote = _part_quote(part, units[i], citations[i])
            if not _answers(part, quote) or (i in quotes and fold(quote) in fold(quotes[i])):
                continue
            if i in quotes and fold(quotes[i]) in fold(quote):  # the part's quote says all the first said and more
                quotes[i] = quote
            elif i in quotes:
                quotes[i] += ("\n" if units[i].is_list else "……") + quote
            else:
                chosen.append(i)
                quotes[i] = quote
            break
    parts = []
    for rank, i in enumerate(chosen):
        unit, cite = units[i], citations[i]
        lead = f"根据《{unit.doc.title}》{_place_label(question, unit)}，" \
            if rank == 0 or unit.doc.doc_id != first.doc.doc_id else "另外，"
        if rank > 0 and unit.doc.doc_id == first.doc.doc_id:
            lead = "此外，"
        parts.append(f"{lead}{quotes[i]} [{cite.n}]")
    return "\n\n".join(parts)


def _open_parts(question: str, quoted: str) -> list:
    """The parts of a question of several parts that the quoted text does not answer, or answers without naming their
    own words (30日 and 营业 of 监控录像资料留存30日…营业期间 for 营业日志又要留几天？)."""
    asked = understand(question).asked
    if len(asked) < 2:
        return []
    return [p for p in asked if not _answers(p, quoted) or not _names_own(p, asked, quoted)]


def own_words(part, parts) -> list[str]:
    """A part's own words: those that say much and no other part of the question has (营业日志 of 监控录像要保存多久？
    营业日志又要留几天？)."""
    others = "".join(p.text for p in parts if p is not part)
    return [w for w in topic_words(part.text) if weight(w) >= PART_WEIGHT and w not in others]


def _names_own(part, parts, text: str) -> bool:
    """Whether a text names every one of the part's own words."""
    folded = fold(text)
    return all(w in folded for w in own_words(part, parts))


def _part_quote(part, unit: Unit, cite: Citation) -> str:
    """The passage's words for one part of the question: of a list, the item that answers it best."""
    if not unit.is_list or not unit.items:
        return _quote(part.text, unit, cite, whole_list=False)
    return max((c.text for c in unit.items), key=lambda t: (_covers(part, t), _share(part, t)))


@functools.lru_cache(maxsize=1024)
def _part_weights(text: str) -> tuple[tuple[str, float], ...]:
    """A part's topic words with their weights (read once per part, not once per passage it is held against)."""
    return tuple((w, weight(w)) for w in topic_words(text))


def _share(part, text: str) -> float:
    """The share of the part's topic weight that the text holds."""
    folded = fold(text)
    words = _part_weights(part.text)
    total = sum(wt for _, wt in words)
    return sum(wt for w, wt in words if w in folded) / total if total else 0.0


def _covers(part, text: str) -> bool:
    """A text answers a part when it holds the kinds of fact the part asks for (a sum, a time limit ...) and
    most of the part's topic words, by weight."""
    if part.types and not all(t.held.search(fold(text)) for t in part.types):
        return False
    return not any(wt for _, wt in _part_weights(part.text)) or _share(part, text) >= PART_COVERED


def _answers(part, text: str) -> bool:
    """A text answers a part when it covers it (`_covers`) and, for a part that asks a kind of fact, one sentence or
    list item holds that kind, and it and the text's lead most of the part's other words, by weight: 价格主管部门 in the
    sentence on 公证费的收费标准 for 公证收费标准由哪些部门制定？, not 机构 in a sentence on 公证费 alone."""
    if not _covers(part, text):
        return False
    words = [(w, wt) for w, wt in _part_weights(part.text) if wt and not any(t.held.search(w) for t in part.types)]
    total = sum(wt for _, wt in words)
    if not part.types or not total:
        return True
    sentences = [s for s in _BREAKS.split(fold(text)) if s.strip()]
    lead = sentences[0] if sentences else ""  # an article's or a list's lead says what its later sentences are of
    return any(all(t.held.search(s) for t in part.types)
               and sum(wt for w, wt in words if w in s or w in lead) >= PART_COVERED * total for s in sentences)


def _heading_only(unit: Unit) -> bool:
    """A unit that is a bare heading (（四）省级科技企业孵化器认定标准有哪些？) with no passage of its own: never
    quoted beside an answer, where it says nothing."""
    return unit.hit.chunk.is_heading and not unit.is_list and len(unit.chunks) <= 1


def _short_item(text: str) -> str:
    text = text.strip().rstrip("。；;")
    return text if len(text) <= ITEM_CHARS else text[:ITEM_CHARS - 1] + "…"


def compose_checks(checks: Checks, language: str) -> str:
    """The item-by-item verdict on the founder's own figures, and the overall one."""
    en = "_en" if language == "en" else ""
    # figures of other things than these conditions; or the one condition asked about (会不会超了孵化时限？)
    head = "checks_head_one" if checks.asked_one else "checks_head" if checks.bearing else \
        "checks_head_unsaid" if checks.told else "checks_head_untold"
    rule = "bars" if checks.barring else checks.rule
    lines = [message(head + en, n=checks.citation, rule=message(f"checks_rule_{rule}" + en))]
    for c in checks.conditions:
        kind = c.unsettled or ("kind_unsaid" if c.kind_unsaid and c.verdict == "unknown" and c.given else c.verdict)
        if c.barring and kind in ("met", "not_met"):  # a barring case: out of it, or in it
            kind = "out_of_case" if kind == "met" else "in_case"
        lines.append(message(f"checks_{kind}" + en, text=_short_item(c.text), given=c.given or ""))
    missing = "、".join(message("checks_missing_extension" + en) if c.extensible else
                       message("checks_missing_open" + en) if c.open_ended else _short_item(c.text)
                       for c in checks.conditions if c.verdict == "unknown")
    one = "one_" if checks.asked_one and checks.verdict != "unknown" else ""
    verdict = "which" if checks.which else "unmeasured" if checks.unmeasured else checks.verdict
    lines.append(message(f"checks_verdict_{one}{verdict}" + en, missing=missing))
    return "\n".join(lines)


ENUMERATED = re.compile(r"^\s*[（(][一二三四五六七八九十0-9]+[）)]")
# a lead that the numbered items complete (…有下列情形之一的：; 本规定所称就业困难人员，是指…，具体范围包括：)
_INTRODUCES = re.compile(rf"(?:(?:下列|以下|如下)[^。；;]{{0,40}}|{condition_words()['scope'].pattern})[：:]?\s*$")


def eligibility(units: list[Unit], turns: list[str], language: str, *, depth: int = 3,
                skip: set[int] | frozenset[int] = frozenset(), gloss: Gloss | None = None,
                aside: Callable[[Unit], bool] = lambda unit: False) -> Checks | None:
    """The founder's figures checked against the cited list (or provision) their words bear on most, when
    the question asks whether they qualify (not what a rule is, or how a thing is done). `skip`: positions of
    units not to check (another place's rules); `aside`: whether a unit is for another member of a family the
    question names (省级 for 国家级): such a unit decides only when no other bears on the figures."""
    if not turns or not asks_whether(turns[-1], language == "en"):
        return None
    best = None
    bearing_checks: list[tuple[bool, Checks]] = []
    for n, unit in enumerate(units[:depth], 1):
        if n - 1 in skip:
            continue
        if unit.is_list or unit.is_article:
            items = [c.text for c in unit.chunks if not c.is_heading] if unit.is_list else [c.text for c in unit.chunks]
            heading = unit.heading.text if unit.heading else unit.chunks[0].text if unit.chunks else ""
            # an article whose lead introduces numbered items (…有下列情形之一的，应当解散：（一）…) is a whole list:
            # an item no figure settles stays unknown, so 25天 short of 满三十天 does not settle the article
            # (the lead is the paragraph before the first item: the article's first, or a later one: 第二条 本规定适用于…。
            # | 本规定所称就业困难人员，是指…，具体范围包括：| （一）…)
            first = next((i for i, t in enumerate(items) if i and ENUMERATED.match(t)), 0)
            lead = items[first - 1] if first else ""
            numbered = [t for t in items[first:] if ENUMERATED.match(t)] \
                if unit.is_article and first and _INTRODUCES.search(lead) else []
            if numbered and lead not in heading:
                heading = f"{heading} {lead}"  # how the items combine is said in the lead
            after_cases: list[str] = []
            if len(numbered) >= 2 and fine_for_cases(lead, numbered):  # the items are cases, the lead the fine
                # (and a paragraph after them may be a provision of its own: …吊销后，六个月内不得重新申领)
                after_cases = [t for t in items[first:] if t not in numbered]
                numbered = []
                items = items[:first]
            named = defined_items(lead, numbered, turns) if numbered else None
            if named is not None:  # definitions: the one the asker names, alone (or none of them)
                found = check(named, f"{unit.section} {heading}", turns, citation=n, english=language == "en",
                              gloss=gloss, default_rule="any") if named else None
                if found and found.bearing:
                    return found
                continue
            whole = unit.is_list or len(numbered) >= 2
            found = check(numbered if len(numbered) >= 2 else items, f"{unit.section} {heading}", turns, citation=n,
                          english=language == "en", gloss=gloss, default_rule="all" if whole else "any",
                          whole=whole)
            rest = [t for t in items if t not in numbered]
            quoted_after = _names_quoted(" ".join(rest), turns[-1]) and not _names_quoted(
                " ".join([lead, *numbered]), turns[-1])  # 这算“造成特别严重后果”吗: the paragraph after the items says it
            if (found is None or not found.bearing or quoted_after) and len(numbered) >= 2:
                # items with nothing measurable (可以采取下列措施：…), or nothing the asker's figures bear on (…两个以上部门
                # 联合制定的规章，由主办的部门报国务院备案): the article's other paragraphs are provisions, and so is its
                # lead (…自付款之日起七日内请求…的，人民法院应予支持，但存在下列情形之一的除外：; 规章公布后，应当自公布之日起
                # 30日内，依照下列规定报送备案：)
                lead_found = check(rest, unit.section, turns, citation=n, english=language == "en",
                                   gloss=gloss, default_rule="any") if rest else None
                if found is None or lead_found is not None and lead_found.bearing:
                    found = lead_found
                elif quoted_after and found.bearing:
                    found = None  # the items do not say what the asker asks about
            if after_cases and not (found and found.bearing):
                found = check(after_cases, unit.section, turns, citation=n, english=language == "en", gloss=gloss,
                              default_rule="any") or found
        else:
            items = [m.group() for m in _SENTENCE.finditer(unit.hit.chunk.text)]
            found = check(items, unit.section, turns, citation=n, english=language == "en", gloss=gloss,
                          default_rule="any")
        bearing = sum(c.verdict != "unknown" or bool(c.unsettled) for c in found.conditions) if found and found.bearing else 0
        if bearing:
            off = aside(unit) or not _names_quoted(unit.doc.text[unit.start:unit.end], turns[-1])
            bearing_checks.append((off, _category(heading) if unit.is_list or unit.is_article else "", found))
        elif found and (n == 1 or best is None and shares_words(" ".join(c.text for c in found.conditions), turns[-1])):
            # the first passage quoted with measurable conditions (a later one only where they are of the asker's
            # words): what the founder's figures must settle
            best = found
    # the best-matching passage that the figures bear on is what was asked about, unless a later one has a rule for
    # the asker's very case (劳动合同期限一年以上不满三年的，试用期不得超过二个月 beside 试用期最长不得超过六个月): the
    # more specific rule decides
    # a list that says what its cases are (…有下列情形之一的，为较大事故：) is for the asker who names that, not one that
    # names another (为重大事故), when some list names the asker's
    asked = fold(turns[-1])
    if any(kind and kind in asked for _, kind, _ in bearing_checks):
        bearing_checks = [(off or not kind or kind not in asked, kind, f) for off, kind, f in bearing_checks]
    ordered = [f for off, _, f in bearing_checks if not off] + [f for off, _, f in bearing_checks if off]
    return next((f for f in ordered if _for_their_case(f)), ordered[0] if ordered else best)


_LIST_CATEGORY = condition_words()["list_category"]


def _category(heading: str) -> str:
    """What a list's cases are (…有下列情形之一的，为较大事故： -> 较大事故), or ""."""
    m = _LIST_CATEGORY.search(fold(heading))
    return m.group(1) if m else ""


_QUOTED = re.compile(r"[“\"「『]([^”\"」』]{2,24})[”\"」』]")


def _names_quoted(text: str, question: str) -> bool:
    """Whether a text holds what the asker quotes from a rule (这算“造成特别严重后果”吗？), or the asker quotes nothing:
    a provision that does not hold it decides only when none that does bears on the figures."""
    quoted = [fold(q) for q in _QUOTED.findall(question)]
    return not quoted or any(q in fold(text) for q in quoted)


def _for_their_case(found: Checks) -> bool:
    """Whether a condition the figures settle is the rule for a case the asker is in."""
    return any(c.case is not None and c.case.verdict == "met" and c.verdict != "unknown" for c in found.conditions)
