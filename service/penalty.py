"""The penalty for a duty: the article of the same law that cites the duty's article (违反本条例第十五条…的，处…罚款).

A question of what happens when a duty is broken (没办会怎么处罚？) finds the duty's own article first: it shares the
question's words, while the article that sets the penalty names the act only by its number. When the best passage is
such a duty and its law has an article citing it with a sanction, that article is what answers, and it comes first.
"""

from __future__ import annotations

import re

from corpus.chunk import ARTICLE, ARTICLE_NUMBER
from corpus.domain import asking_words, cited_duties, condition_words
from corpus.normalize import fold
from index.search import Hit, Index
from service.compose import ENUMERATED, Unit, make_unit
from service.eligibility import asks_whether
from service.quantities import parse_number
from service.understand import Frame
from service.words import char_pairs, topic_words, weight

_ARTICLE_AT = re.compile(rf"(?m)^\s*{ARTICLE_NUMBER}")
_W = condition_words()
_SANCTION = _W["penalty"]


def penalty_first(index: Index, units: list[Unit], frame: Frame, question: str, k: int | None = None) -> list[Unit]:
    """The units with the article that sets the penalty for the best unit's duty first, when a penalty is asked and
    the best unit is an article that sets none (the first k of them; all when k is None). When the asker also asks
    whether they may (这样合规吗？…会被怎么处罚？), the duty the penalty is for comes second."""
    if not units or not any(t.name == "penalty" for t in frame.types):
        return units
    ordered = _penalty_first(index, units, frame, question)
    if asks_whether(question):
        ordered = _duty_beside(index, ordered, question)
    return ordered[:k]


def officials_last(units: list[Unit], frame: Frame, question: str) -> list[Unit]:
    """A penalty asked by a founder (不配合节能检查会被罚多少): the articles sanctioning an office's staff (发展改革部门…
    及其工作人员…依法给予处分), whose words of the office match the asker's (发改委节能监察), after the rest; not when
    the asker says they are staff of an office (我是街道办的科员), nor one that fines someone too."""
    words = asking_words()
    if not units or not any(t.name == "penalty" for t in frame.types) \
            or words["asker_official"].search(fold(question)):
        return units
    staff = [bool(words["officials_sanctioned"].search(text) and not words["fine_imposed"].search(text))
             for text in (fold(u.doc.text[u.start:u.end]) for u in units)]
    return [u for u, s in zip(units, staff) if not s] + [u for u, s in zip(units, staff) if s]


def _duty_beside(index: Index, units: list[Unit], question: str) -> list[Unit]:
    """The units with the article whose duty the best unit punishes second (违反本条例第十八条规定… then 第十八条), when
    the best unit punishes one article of its law, no unit but the second quotes it (one further down moves up), and it
    holds some of the asker's words (a sanction found for other words, of 采砂 for a question of 泔水, brings a duty that
    says nothing of theirs)."""
    top = units[0]
    text = top.doc.text[top.start:top.end]
    duties = cited_duties(text) if _SANCTION.search(text) else set()
    if len(duties) != 1:
        return units
    own = next(iter(duties))
    at, body = next(((start, body) for start, body in _articles(top.doc.text)
                     if (m := ARTICLE.match(body)) and m.group() == own), (None, ""))
    if at is None:
        return units
    quoted = next((i for i, u in enumerate(units) if u.doc.doc_id == top.doc.doc_id and u.start <= at < u.end), None)
    if quoted == 1 or not _held(_weighted(question), body):
        return units
    chunk = next((c for c in index.doc_chunks(top.doc.doc_id) if c.start <= at < c.end or c.start >= at), None)
    if chunk is None:
        return units
    duty = make_unit(index, Hit(chunk, top.hit.score, top.hit.dense, 0.0, 0, 0))
    # (found further down, fifth, it is read second all the same, as strongly as the sanction)
    return [top, duty, *(u for i, u in enumerate(units[1:], 1) if i != quoted)]


def _penalty_first(index: Index, units: list[Unit], frame: Frame, question: str) -> list[Unit]:
    """The units with the article punishing the best unit's duty first, when the best unit sets no penalty."""
    top = units[0]
    start = _within_own_article(top)
    if start is None:
        start = _penalty_of(top, question)
    if start is None:
        # a duty of the same law a little below (the best unit being its article on who enforces it: 卫生健康部门应当…
        # 查处…吸烟行为, the duty 不在室内公共场所…吸烟 second), whose own article punishes it (违反前款第（二）项规定的)
        top, start = next(((u, at) for u in units[1:SANCTION_DEPTH] if u.doc.doc_id == top.doc.doc_id
                           and (at := _within_own_article(u)) is not None), (top, None))
    if start is None:
        punishing = _punishing_the_asked(units, question)
        return units if punishing is None else [punishing, *(u for u in units if u is not punishing)]
    held = next((u for u in units if u.start <= start < u.end), None)
    if held is None:
        chunk = next((c for c in index.doc_chunks(top.doc.doc_id) if c.start >= start), None)
        if chunk is None:
            return units
        held = make_unit(index, Hit(chunk, top.hit.score, top.hit.dense, 0.0, 0, 0))
    return [held, *(u for u in units if u is not held)]


SANCTION_DEPTH = 5  # units searched for an article punishing a duty the question speaks of better than the best unit


def _punishing_the_asked(units: list[Unit], question: str) -> Unit | None:
    """A unit below the best that sets a sanction for breaking an article of its law (经营者违反第十三条规定的，…予警告)
    whose duty holds more of the question's words than the best unit does (第十三条 格式条款…备案 for 没去备案会被怎么
    处理, the best unit being 第五条 on information services): the search found the sanction, not its duty. When the best
    unit is a sanction too, the one whose duty alone holds more of them than it and its own duties do."""
    top = units[0]
    words = _weighted(question)
    held = lambda text: _held(words, text)
    if not words:
        return None
    duties = lambda text, unit: {body for _, body in _articles(unit.doc.text)
                                 if (own := ARTICLE.match(body)) and own.group() in cited_duties(text)}
    top_text = top.doc.text[top.start:top.end]
    sanction = bool(_SANCTION.search(top_text))
    # the best unit a sanction too (第四十二条 on officials, for 能不能烧纸点蜡烛…会被罚多少): it and the duties it
    # punishes against the duties another punishes (第四十三条 punishing 第二十四条 上坟烧纸、烧香点烛)
    best = held(top_text) + max(map(held, duties(top_text, top)), default=0.0) if sanction else held(top_text)
    found = None
    for unit in units[1:SANCTION_DEPTH]:
        text = unit.doc.text[unit.start:unit.end]
        if not _SANCTION.search(text):
            continue
        if sanction and (score := max(map(held, duties(text, unit)), default=0.0)) > best:
            best, found = score, unit
        if not sanction and any(held(body) > best for body in duties(text, unit)):
            return unit
    return found


def duty_and_penalty(index: Index, duty: Hit, question: str) -> list[Hit]:
    """The article that sets the penalty for breaking a duty's article, then the duty: a follow-up asking what happens
    when it is broken (没批就装上去的话罚多少？) is answered by them, its earlier turn having found the duty. None when
    the duty's law has no article citing it with a sanction."""
    unit = make_unit(index, duty)
    start = _penalty_of(unit, question)
    chunk = None if start is None else next(
        (c for c in index.doc_chunks(unit.doc.doc_id) if c.start <= start < c.end or c.start >= start), None)
    return [] if chunk is None else [Hit(chunk, duty.score, duty.dense, 0.0, 0, 0), duty]


def _penalty_of(unit: Unit, question: str) -> int | None:
    """Where the article of the unit's law that sets a sanction for breaking the unit's article starts (of several, the
    one sharing most of the question's words, then the first); None when the unit lies in no article, sets a sanction
    itself, or no article punishes it.

    The unit may be a paragraph or a list inside its article (城市道路绿化作业，应当采取下列…措施： in 第十九条): the
    article punishing that very paragraph (违反本条例第十九条第二款规定的) is preferred to one punishing another. An
    article that names the act instead of the number (违反本条例规定，…未配套建设再生水利用设施的，…处…罚款) punishes
    the duty whose words it repeats."""
    text = unit.doc.text[unit.start:unit.end].strip()
    articles = _articles(unit.doc.text)
    where = _enclosing(unit.doc.text, unit.start, articles)
    if where is None or _SANCTION.search(text):
        return None
    at, own, paragraph = where
    articles = [(start, body) for start, body in articles if start != at]
    cited = [(start, body) for start, body in articles if _cites(body, own)]
    if cited:
        # one punishing the unit's paragraph, or the whole article, before one punishing only another paragraph
        fitting = [a for a in cited if (ps := _paragraphs(a[1], own)) is None or paragraph in ps]
        cited = fitting or cited
    else:
        cited = [(start, body) for start, body in articles if _describes(body, text)]
    if not cited:
        return None
    words = _weighted(question)
    start, _ = max(cited, key=lambda a: (_held(words, a[1]), -a[0]))
    return start


_SAME_ARTICLE = re.compile(r"违反(?:前款|本条第[一二三四五六七八九十]+款)(?:第[（(]?([一二三四五六七八九十\d]+)[）)]?项)?(?:规定)?的")


def _within_own_article(unit: Unit) -> int | None:
    """Where a paragraph of the unit's own article that sanctions breaking it starts (违反前款第（二）项规定的，…处二十元
    以下罚款 after the item （二）不在…吸烟; 违反前款规定的 after the paragraph), when the unit sets none itself; None
    otherwise. A paragraph citing another item of the list is not the unit's."""
    text = unit.doc.text
    articles = _articles(text)
    where = _enclosing(text, unit.start, articles)
    if where is None or _SANCTION.search(text[unit.start:unit.end]):
        return None
    at = where[0]
    body = next(b for s, b in articles if s == at)
    item = re.match(r"\s*[（(]([一二三四五六七八九十\d]+)[）)]", text[unit.start:unit.end])
    offset = at
    for line in body.split("\n"):
        start, offset = offset, offset + len(line) + 1
        if start <= unit.start or not _SANCTION.search(line):
            continue
        for m in _SAME_ARTICLE.finditer(line):
            if not m.group(1) or (item and m.group(1) == item.group(1)):
                return start
    return None


def _weighted(question: str) -> list[tuple[str, float]]:
    """The question's topic words with their weights (those that weigh anything)."""
    return [(w, weight(w)) for w in topic_words(question) if weight(w) > 0]


def _held(words: list[tuple[str, float]], text: str) -> float:
    """How much of the weighted words a text holds."""
    folded = fold(text)
    return sum(wt for w, wt in words if w in folded)


def _enclosing(text: str, start: int, articles: list[tuple[int, str]] | None = None) -> tuple[int, str, int] | None:
    """The article a passage starting at `start` lies in (of `articles`, the law's as `_articles` reads them, when the
    caller has them): where the article starts, its number (第十九条) and the paragraph (款) the passage is in, 1 for the
    first; None outside every article."""
    for at, body in articles if articles is not None else _articles(text):
        if at <= start < at + len(body):
            line = max(at, text.rfind("\n", 0, start) + 1)  # where the passage's line starts
            lines = [ln for ln in text[at:line].split("\n") if ln.strip() and not ENUMERATED.match(ln)]
            item = bool(ENUMERATED.match(text[line:line + 8]))  # an item belongs to the paragraph that leads it
            return at, ARTICLE.match(body).group(), max(1, len(lines) + (0 if item else 1))
    return None


def _paragraphs(body: str, article: str) -> set[int] | None:
    """The paragraphs of `article` an article cites (违反本条例第十九条第二款 -> {2}); None when it cites the article
    whole anywhere."""
    found: set[int] = set()
    for m in re.finditer(rf"{article}(?:第([一二三四五六七八九十]+)款)?", body):
        if not m.group(1):
            return None
        found.add(int(parse_number(m.group(1)) or 0))
    return found or None


_ACT = re.compile(r"([^。；;：:]{6,60}?)的(?:[，,；;。]|$)")
_LEAD = re.compile(rf"^\s*(?:{ARTICLE_NUMBER})?\s*(?:[（(][一二三四五六七八九十\d]+[）)])?|违反本\w{{1,4}}规定[，,]?")
_BREACH = re.compile(r"未|不|擅自|拒|违反|没有|无证|超过|逾期")  # how an act that breaks a duty is told
_LEADS_ITEMS = re.compile(r"下列|以下|之一")
DESCRIBES = 0.7  # share of an act's character pairs a duty's text must hold for an article naming the act to punish it
ACT_PAIRS = 6  # character pairs an act shares with the duty, at least: fewer do not tell duties apart


def _describes(body: str, duty: str) -> bool:
    """Whether an article sets a sanction for breaking a duty it names by its words, not its number (违反本条例规定，
    新建、改建、扩建建设项目，建设单位未配套建设再生水利用设施的，…处十万元以上二十万元以下罚款 for 第二十六条 …配套建设
    再生水利用设施：). Articles citing an article by number are for that article."""
    if not _SANCTION.search(body) or cited_duties(body):
        return False
    held = char_pairs(duty)
    for line in body.split("\n"):
        for m in _ACT.finditer(_LEAD.sub("", line)):
            act = m.group(1)
            if not _BREACH.search(act) or _LEADS_ITEMS.search(act):
                continue  # a lead (有下列情形之一的) or a case (申请人死亡的), not a breach of a duty
            pairs = char_pairs(act)
            if len(pairs & held) >= ACT_PAIRS and len(pairs & held) >= DESCRIBES * len(pairs):
                return True
    return False


def _articles(text: str) -> list[tuple[int, str]]:
    """A law's articles: where each starts, and its text."""
    starts = [m.start() + len(m.group()) - len(m.group().lstrip()) for m in _ARTICLE_AT.finditer(text)]
    return [(s, text[s:e]) for s, e in zip(starts, [*starts[1:], len(text)])]


def _cites(body: str, article: str) -> bool:
    """Whether an article sets a sanction for breaking the given article of its law."""
    if not _SANCTION.search(body):
        return False
    return article in cited_duties(body)
