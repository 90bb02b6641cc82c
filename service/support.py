"""Whether the passages answer what the question asks, judged on the question's own constraints.

A question is answered unless nothing it asks is held by the passages to be cited:
- a scope it sets is not theirs: a family term (市级, 企业所得税, 众创空间) whose siblings they hold instead,
  a place whose rules they do not hold while they hold another place's, a year whose figures they lack;
- every part it asks has a kind of fact (an amount, a deadline, a penalty ...) that none of them holds.
Then the answer says what is missing and quotes the nearest passage, labelled. A part that is missing
while another is answered is named in the answer, which still answers.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from corpus.chunk import ARTICLE
from corpus.domain import SENTENCE as _SENTENCE, AnswerType, Family, Sibling, asking_words, commencement, condition_words, \
    cited_duties, delegation, families, family, gazetteer, sibling_mentions
from corpus.normalize import fold
from index.expand import formal_terms
from index.segment import dictionary, pos_tokenizer, stopwords, tokenizer
from service.understand import Frame, Part, asking_clauses

IDF = Callable[[str], "float | None"]
Names = Callable[[list[str]], "bool | None"]  # whether a passage of the corpus holds the words in order

# A passage that speaks of the national level, or comes from a national body, holds for every place.
_NATIONAL = re.compile(r"国家级|国家备案|国务院|财政部|国家税务总局|科技部|火炬中心")
# A document whose title says a national body made it (中华人民共和国国徽法) and names no place holds for every place,
# whatever places its text names (北京天安门城楼, 澳门特别行政区): those are what it speaks of, not whose rules.
_NATIONAL_TITLE = re.compile(r"^(?:中华人民共和国|全国人民代表大会|国务院|最高人民法院|最高人民检察院)")
# A passage that says 全省, 本市 ... speaks of its own document's place, whatever levels it names.
_LOCAL = re.compile(r"[全本我](?:省|市|区|县|州)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=\s*年)")
# multilingual-e5-small's cosines are compressed (0.8-0.95); on the dev sets 1 of 357 answerable Chinese
# questions scores below this, against the weather and stock tips.
MIN_DENSE = 0.86
FAR = 0.89  # best cosine below which the passages must hold the specialised words of what is asked (UNHELD_RARITY)
UNHELD_RARITY = 12.0
_THING_TAGS = ("n", "j", "vn", "nt", "eng")  # jieba's tags of words that name a thing (nouns, abbreviations)
OPENING = 30  # characters of a passage that say whose rules it states (对国家级、省级科技企业孵化器…)
LOCAL_PULL = 0.85  # share of a national best passage's score a rule of the asker's own place needs to come first
PULL = 0.7  # share of the best score a passage in the asker's place needs to be moved up
TERM_DEPTH = 5  # passages whose terms say what the documents hold instead (房产税 for 企业所得税)
DEPTH = 3  # the units whose text counts as what the answer can quote
_SANCTIONS = condition_words()["penalty"]
_TIMES = ("missing_duration", "missing_date")  # the labels of kinds asking a time
_DUTY_CLAUSE = re.compile(r"\n+|[；;。](?=\s*(?:[（(][一二三四五六七八九十\d]+[）)]|违反))")  # a penalty article's cases
_LIST_LEAD = re.compile(r"(?:下列|以下)[^，,。；;：:]{0,8}之一")  # 有下列行为之一的: a lead its numbered items complete
_INTERROGATIVE = re.compile(r"多少|几|多久|多长|多大|什么|啥|哪|怎|吗|何")
# Words that ask rather than say what about: interrogatives, modal verbs, fillers.
_FILLER = asking_words()["filler"]
_ITEM_NUMBER = re.compile(r"\s*[（(]([一二三四五六七八九十]+)[）)]")  # （二）不在…吸烟
_CITED_ITEM = re.compile(r"(?:前款|本条)第[（(]?([一二三四五六七八九十]+)[）)]?项")  # 违反前款第（二）项规定的
_INSIDE = re.compile(r"[\u4e00-\u9fff][里内](?<!公里)")  # 店里, 厂里: where the asker is, never what they ask of
_A_NOT_A = re.compile(r"([\u4e00-\u9fff]{1,2})不\1")  # a yes-or-no asked by a word and its negation (会不会, 可以不可以)
KNOWN = 5  # jieba frequency from which a word no passage has is a real word, not a typo
SCARCE = 5.0  # BM25 idf from which a word is named by only a handful of passages (about 1 in 150)
RARE = 14.0  # rarity (see rarity()) from which a word is a specialised term the passages must have
ENGLISH_RARE = 0.4  # share of the top idf from which an English word's Chinese sense is rare enough to say where a figure is
HEAD_RARITY = 11.0  # rarity from which the noun a question asks about must appear in the passages
ABBREVIATED = 12  # characters a shortened word may leave out between its two (颁证: 颁发专利代理机构执业许可证)
NEAR = 6  # characters allowed between the parts of a compound (省级…孵化器)
COVERED = 0.5  # share of the subject's words (by rarity) a passage must hold to speak of it
OWN_WORD = 0.75  # share of the subject's words the best passage holds for an asked head it lacks to be the asker's own
SHORT = 450  # characters: a passage this short is read whole for the fact a question asks
HEAD_SHORT = 150  # characters: a passage this short that names the asked noun speaks of it throughout (…领取基本养老金
# 的申请。…20个工作日内办理完毕)
# a part that asks of what the asker said (这种做法算数吗？, 那样行吗？), not of anything the passages must hold
_POINTS_BACK = re.compile(r"\s*(?:这|那样|那种|那么做)")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_MEASURE = "次家人名项所座户件位"  # measure words a count is asked with (几次, 多少家)
_NUMBER = r"(?:[0-9０-９]+|[零〇一二两三四五六七八九十百千万]+)"
_PERIOD = re.compile(r"[年月日天周季次]")
# a number with its measure or unit (一年, 三个, 十日, 一平方米; not 第一名): how much or how often, what a figure asked is
# counted in, never what a question is about (每吨 stays: it says which figure)
_QUANTITY = re.compile(rf"^{_NUMBER}半?个?(?:(?:年度?|月|日|天|周|季度?|次|项|家|名|人|倍|岁)|"
                       rf"{asking_words()['measured'].pattern})?$")
_LEFT_OVER = re.compile(r"(?<= )(?:以内|之内|以前|之前|内|前|后)")
_THEN = asking_words()["then"]
_UNIT_LEFT = re.compile(r"(?<= )个?\s*(?:小时|分钟|工作日|天|日|周|星期|月|年|周岁|岁|次|倍)(?=\s|$|[内前后以之才就])|(?<= )"
                        + asking_words()["measured"].pattern)


@dataclass(frozen=True, slots=True)
class Gap:
    """Something asked that the passages lack, and the neighbour they hold instead."""

    kind: str  # "term", "place", "year" (scope), "type" (a kind of fact), "name" or "unheld" (a thing asked about)
    asked: str  # the question's own word, or the fact type's label key
    held: str = ""  # what the passages have in its place


@dataclass(slots=True)
class Verdict:
    refused: bool
    gaps: list[Gap] = field(default_factory=list)
    order: list[int] = field(default_factory=list)  # units to cite first (those in the question's place)
    note: str = ""  # why, when no gap says it

    @property
    def reason(self) -> str:
        if self.note:
            return self.note
        if not self.gaps:
            return "refused: no passage" if self.refused else "answered"
        what = "; ".join(f"{g.kind} {g.asked}" + (f" (held: {g.held})" if g.held else "") for g in self.gaps)
        return f"{'refused' if self.refused else 'answered, partly'}: missing {what}"


@dataclass(frozen=True, slots=True)
class Passage:
    """What support needs of a unit to be cited: its text, section path and document."""

    text: str
    section: str
    title: str
    region: str = ""  # the catalogue's region for the document ("" when unknown)
    score: float = 1.0  # the passage's retrieval score (fused)
    date: str = ""  # the document's date (its year is the year of figures given "as of now")

    @property
    def scope_text(self) -> str:
        return fold(f"{self.section} {self.text}")


def judge(frame: Frame, passages: list[Passage], idf: IDF | None = None,
          slips: dict[str, str] | None = None, dense: float = 1.0, idf_max: float = 0.0,
          names: Names | None = None, gloss: Callable[[str], tuple[str, ...]] | None = None) -> Verdict:
    """The verdict on the first DEPTH passages (after those in the question's place are moved first).

    `dense` is the best passage's cosine with the question: below MIN_DENSE nothing in the documents
    comes close (明天兰州天气怎么样？). English questions are not held to it: across languages the
    model's similarities are lower for every passage. `idf_max` is the idf of a word only one passage of the
    index holds: the scale on which `idf` says how rare a word is in these documents.
    """
    if not passages:
        return Verdict(refused=True)
    if dense < MIN_DENSE and not frame.english:
        return Verdict(refused=True, gaps=[], order=list(range(len(passages))),
                       note=f"refused: nothing close (best cosine {dense:.3f} < {MIN_DENSE})")
    order, place_gap, fitting = _place_order(frame, passages)
    # another place's rule (台州's for an asker in 宁波) gives no fact for the asker's: the passages read are theirs
    region = [passages[i] for n, i in enumerate((fitting or order)[:DEPTH])
              if not n or not elsewhere(frame, passages[i])]
    scope = [passages[i].scope_text for i in (fitting or order)[:TERM_DEPTH]]  # per passage: each one's terms cached
    # Years are the first passage's: the one quoted (a tax rule's 2023年12月31日 elsewhere is no 2023 figure).
    gaps = [g for g in (place_gap, *_term_gaps(frame, scope), _year_gap(frame, region[0].scope_text, [region[0].date]))
            if g]
    if gaps:
        return Verdict(refused=True, gaps=gaps, order=order)
    unnamed = _unnamed(frame, names, idf)
    if unnamed:
        return Verdict(refused=True, gaps=unnamed, order=order)
    unheld = _far_and_unheld(frame, region, idf, slips or {}) if dense < FAR and not frame.english else []
    if unheld:
        return Verdict(refused=True, gaps=[Gap("unheld", unheld[0])], order=order)
    # a part asking only kinds whose absence can't be told (要走什么程序) is read like one asking none
    untyped = [part for part in frame.asked if not any(t.refuses for t in part.types)]
    type_gaps, answered, unheld = _typed(frame, region, untyped, idf, slips or {}, idf_max, gloss)
    stated = _stating_first(frame, passages, order)
    lead = passages[stated[0]]
    if type_gaps and not answered and stated[0] != order[0] and lead in region \
            and all(_stated_with_act(t, part) for part, t in unheld) \
            and all(_speaks_no_less(lead, region[0], part, frame, idf, slips or {}) for part in frame.asked if part.types):
        # a deadline, a consequence or an office, stated by a passage close behind the best one that speaks of what is
        # asked no less (保修期限，自工程竣工验收合格之日起计算 at rank 2, beside the article on who repairs what): the fact
        # is read where it is stated, as the answer quotes that passage first
        again = _typed(frame, [lead, *(p for p in region if p is not lead)], untyped, idf, slips or {}, idf_max, gloss,
                       promoted=True)
        if again[1]:
            type_gaps, answered, unheld = again
    if type_gaps and not answered:
        # 两个娃能扣双份吗 beside a missing amount answers only if the passages speak of its own subject
        missing_of = [p for p in frame.asked if p.types and not _subject_words(p, frame, idf)]
        answered = any(_speaks_of(part, frame, region, idf, slips or {})
                       and not _whose_figure_is_missing(part, frame, missing_of, region, slips or {}) for part in untyped)
    elif untyped:
        answered = True
    order = stated
    if answered and type_gaps:
        shown = _shown(unheld, frame, passages[order[0]], idf, slips or {})
        type_gaps = [g for g in type_gaps if g.asked not in shown]
    return Verdict(refused=not answered and bool(type_gaps), gaps=type_gaps, order=order)


def _typed(frame: Frame, region: list[Passage], untyped: list[Part], idf: IDF | None, slips: dict[str, str],
           idf_max: float, gloss: Callable[[str], tuple[str, ...]] | None, promoted: bool = False
           ) -> tuple[list[Gap], bool, list[tuple[Part, AnswerType]]]:
    """The kinds of fact asked that the passages (best first) do not give, whether some part is answered, and the
    (part, kind) pairs not given. `promoted`: the first passage was moved up for stating the kind asked, and holds the
    asker's specialised terms only if it shows them."""
    type_gaps: list[Gap] = []
    answered = False
    unheld: list[tuple[Part, AnswerType]] = []
    for part in frame.asked:
        if part in untyped:
            continue
        missing = _unheld_types(part, frame, region, idf, slips, idf_max, gloss, promoted)
        # kinds of one reading (担保费率 reads as a fee and as a rate) are answered by either
        held = {t.reading for t in part.types if t not in missing}
        missing = [t for t in missing if (not t.reading or t.reading not in held) and t.refuses]
        unheld.extend((part, t) for t in missing)
        type_gaps.extend(Gap("type", t.label) for t in missing if all(g.asked != t.label for g in type_gaps))
        answered = answered or not missing
    return type_gaps, answered, unheld


def _stated_with_act(kind: AnswerType, part: Part) -> bool:
    """Whether a rule states the kind asked in the article on the act itself: a deadline, a consequence, an office, and
    the sum of a fine (罚多少: a sum asked with a penalty), not a subsidy's or a fee's."""
    return kind.stated_with_act or _fines_sum(kind, part.types)


def _fines_sum(kind: AnswerType, kinds: Iterable[AnswerType]) -> bool:
    """Whether the kind is the sum of a fine: an amount asked together with a penalty (私自挖沙 罚款多少)."""
    return kind.name == "amount" and any(t.name == "penalty" for t in kinds)


def _speaks_no_less(p: Passage, best: Passage, part: Part, frame: Frame, idf: IDF | None, slips: dict[str, str]) -> bool:
    """Whether a passage speaks of what the part asks no less than the best passage; one of another document more (of
    the part's words or of the whole sentence's), or it is a neighbour (产假 in a maternity-insurance rule beside the
    labour rule asked about)."""
    words = _part_words(part, frame, idf)
    if p.title == best.title:
        return _held(p, words, slips) >= _held(best, words, slips)
    whole = focus_words(part.text, frame, idf)
    return _held(p, words, slips) > _held(best, words, slips) or _held(p, whole, slips) > _held(best, whole, slips)


def _shown(unheld: list[tuple[Part, AnswerType]], frame: Frame, lead: Passage, idf: IDF | None,
           slips: dict[str, str]) -> set[str]:
    """The labels of the kinds found missing that the passage quoted first gives in a sentence naming the part's
    words (企业所得税法's 亏损…结转年限最长不得超过五年 for 亏损…最多几年?, quoted first for stating it): a note that
    the documents do not give them would deny what the answer shows. A label stays missing while any part's kind
    of it is not given so."""
    dated = _dated(frame)
    given: dict[str, bool] = {}
    for part, t in unheld:
        focus = _part_words(part, frame, idf)
        words = [w for w, _ in focus] + [slips[w] for w, _ in focus if w in slips]
        naming = "。".join(m.group() for m in _SENTENCE.finditer(fold(lead.text)) if any(w in m.group() for w in words))
        given[t.label] = given.get(t.label, True) and t.holds(dated(naming))
    return {label for label, shown in given.items() if shown}


def _subject_words(part: Part, frame: Frame, idf: IDF | None) -> list[tuple[str, float]]:
    """The words of what a typed part's asking clause asks about, without the asking words (一般给多少钱？: none)."""
    subject = _clause(part)
    for t in part.types:  # 多少钱, 几年 go; 有效期, 税率 stay: they are what is asked about
        subject = t.asked.sub(lambda m: " " if _INTERROGATIVE.search(m.group()) else m.group(), subject)
    subject = _UNIT_LEFT.sub(" ", subject)  # 培训多少个小时才能下井: 小时 is the figure's unit, not what it is of
    subject = _LEFT_OVER.sub(" ", subject)  # 多少个工作日内要办结: 内 belonged to the figure asked, not to 要办结
    # 要多久才有结果: what the figure leads to is the asker's word for where it ends, not what the figure is of
    subject = re.sub(r"(?<= )" + _THEN.pattern + r"[^，,。？?；;]*", " ", subject)
    return focus_words(subject, frame, idf)


def _part_words(part: Part, frame: Frame, idf: IDF | None) -> list[tuple[str, float]]:
    """What a typed part asks about: its subject words, else the nearest words said before it (最多几年? after
    亏损…弥补吗), else all its words."""
    return _subject_words(part, frame, idf) or _nearest_said(part, frame, idf) or focus_words(part.text, frame, idf)


def _whose_figure_is_missing(part: Part, frame: Frame, missing_of: list[Part], region: list[Passage],
                             slips: dict[str, str]) -> bool:
    """Whether a question of whether (政府有没有保费补贴？) is followed by one for its figure in its own words' stead
    (补贴比例是多少？一般给多少钱？) that the passages do not give, and the thing it asks of is one none of them names:
    they speak around it (鼓励投保) without saying there is one."""
    at = next((i for i, p in enumerate(frame.asked) if p is part), -1)
    if frame.english or at < 0 or at + 1 >= len(frame.asked) or frame.asked[at + 1] not in missing_of:
        return False
    clauses = asking_clauses(part.text) or [part.text]
    things = [w for w, tag in _posseg(clauses[-1]) if tag in _THING_TAGS and len(w) >= 2
              and w not in {m.alias for m in frame.places} and not _FILLER.search(w)]
    # the thing asked of is the last one its asking clause names (政府有没有补贴, 举报人能拿到奖金吗)
    return bool(things) and not any(present(things[-1], p.scope_text, slips) for p in region)


def _far_and_unheld(frame: Frame, region: list[Passage], idf: IDF | None, slips: dict[str, str]) -> list[str]:
    """When the passages are none of them close to the question (best cosine below FAR): the specialised words of
    what it asks (宠物医院, 小客车指标) that none of them holds. Two weak signs together: either alone is no reason."""
    out: list[str] = []
    for part in frame.asked:
        tokens = _posseg(part.text)
        nouns = {w for w, tag in tokens if tag in _THING_TAGS}  # not 不严, 打下手: how it is said
        out += [_named_as(w, tokens) for w, wt in focus_words(part.text, frame, idf) if wt >= UNHELD_RARITY
                and w in nouns and not any(present(w, p.scope_text, slips) for p in region)]
    return list(dict.fromkeys(out))


def _named_as(word: str, tokens: list[tuple[str, str]]) -> str:
    """The name the word is part of, as the asker wrote it (巨人 of 专精特新小巨人企业): the nouns and the modifiers
    between them around it."""
    at = next((i for i, (w, _) in enumerate(tokens) if w == word), None)
    if at is None:
        return word
    inside = lambda i: 0 <= i < len(tokens) and (tokens[i][1] in _THING_TAGS or tokens[i][1] in ("nz", "a", "b", "d"))
    start, end = at, at
    while inside(start - 1):
        start -= 1
    while inside(end + 1):
        end += 1
    while start < at and tokens[start][1] in ("a", "b", "d"):
        start += 1
    while end > at and tokens[end][1] in ("a", "b", "d"):
        end -= 1
    return "".join(w for w, _ in tokens[start:end + 1])


def _unnamed(frame: Frame, names: Names | None, idf: IDF | None) -> list[Gap]:
    """The things the question asks about by name (食品经营许可证, 对赌协议) that no passage of the corpus names,
    when they are all it asks about: every asking part names one, or names nothing of its own (要准备啥材料？), neither a
    term of the documents' families (孵化器, 增值税) nor a specific word."""
    if names is None:
        return []
    if frame.english:
        return _unnamed_en(frame.question, names)
    # the clauses that ask; a question of keywords only (对赌协议 效力) is all asking
    asking = [(clauses, p.text) for clauses, p in ((asking_clauses(p.text), p) for p in frame.asked) if clauses] or \
        [([p.text], p.text) for p in frame.asked]
    missing: list[str] = []
    own = False  # an asking part that names none of them but says what it asks about
    for clauses, text in asking:
        here = [_as_written(shown, frame.question) for c in clauses for words, shown in _named_things(c)
                if names(words) is False]
        if not here and not any(_names_its_own(c, frame, idf) for c in clauses):
            # 想申报“瞪羚企业”，需要满足哪些条件？: what the asking clause is about is what the part quotes by name
            here = [_as_written(q, frame.question) for q in _quoted_names(text) if names(_words(q)) is False]
        if not here and any(asking_words()["refers_back"].search(c) for c in clauses) \
                and not any(_names_its_own(_unpointed(c), frame, idf) for c in clauses):
            # …签对赌协议，…这种条款有效吗？: the clause asks about what the question named before it
            here = [_as_written(shown, frame.question) for c in _clauses_before(text, clauses)
                    for words, shown in _named_things(c) if names(words) is False]
        missing += here
        own = own or (not here and any(_names_its_own(c, frame, idf) for c in clauses))
    return [] if own else [Gap("name", name) for name in dict.fromkeys(missing)]


def _unpointed(clause: str) -> str:
    """An asking clause without the general word it points back with (这种条款 of 这种条款有效吗; 这个孵化器 names
    its own thing) and the words it judges it by (法律效力): the words it names of its own."""
    tokens = _posseg(clause)
    pointer, pointed, judged = asking_words()["refers_back"], asking_words()["pointed"], asking_words()["judged"]
    out, skip = [], False
    for w, tag in tokens:
        if judged.match(w):
            continue
        if pointer.fullmatch(w):
            skip = True
        elif skip and pointed.match(w):
            skip = False
        else:
            out.append(w)
            skip = skip and tag in ("m", "q", "u")  # 这两个条款
    return "".join(out)


def _clauses_before(text: str, asking: list[str]) -> list[str]:
    """The clauses of a part's text before its first asking clause, each also from after its act on an instrument
    (…要我们签|对赌协议: jieba may join the act to the name's first character)."""
    at = min((i for i in (text.find(c) for c in asking) if i >= 0), default=len(text))
    out = []
    for clause in (c for c in re.split(r"[，,。；;！!？?]", text[:at]) if c.strip()):
        out.append(clause)
        out += [clause[m.end():] for m in asking_words()["acts_on"].finditer(clause) if m.end() < len(clause)]
    return out


def _quoted_names(text: str) -> list[str]:
    """The titles a text quotes as what the asker applies for (申报“瞪羚企业”), each ending in a noun (not a slogan
    they write, 写“行业最佳”, nor a name they would give, 叫“XX湿地公园”)."""
    out = []
    for q in asking_words()["applies_for"].findall(fold(text)):
        tokens = _posseg(q)
        if tokens and (tokens[-1][1][:1] == "n" or tokens[-1][1] in ("vn", "j", "l")):
            out.append(q)
    return out


def _words(text: str) -> list[str]:
    return [w for w, _ in _posseg(text)]


def _names_its_own(clause: str, frame: Frame, idf: IDF | None) -> bool:
    """Whether an asking clause names a thing: a term of the documents' families (孵化器, 增值税) or a specific word,
    not only what it asks for (要准备啥材料？)."""
    return bool(sibling_mentions(clause)) or any(wt >= HEAD_RARITY for _, wt in focus_words(clause, frame, idf))


def _unnamed_en(question: str, names: Names) -> list[Gap]:
    """In English, the acronyms named as the thing asked about (an ICP filing, CE certification) that no passage holds."""
    words = asking_words()
    gaps: list[Gap] = []
    for sentence in re.split(r"(?<=[.?!;])\s+", question):
        for clause in asking_clauses(sentence):
            for m in words["instrument_en"].finditer(clause):
                if not words["place_en"].match(m.group(1)) and names([m.group(1)]) is False \
                        and all(g.asked != m.group() for g in gaps):
                    gaps.append(Gap("name", m.group()))
    return gaps


def _as_written(folded: str, question: str) -> str:
    """A folded phrase as the asker wrote it (ICP许可证, not icp许可证; 經營許可證 in Traditional), where the
    question holds it."""
    n = len(folded)
    return next((question[i:i + n] for i in range(len(question) - n + 1) if fold(question[i:i + n]) == folded), folded)


def _named_things(clause: str) -> list[tuple[list[str], str]]:
    """The things an asking clause names with a word for an instrument last (食品 经营 许可证, 消防 验收), with
    the words before it that name which one (nouns, never an office: 向海关总署备案 names no thing), as words and
    as shown. Of a word jieba does not know, cut into single characters (对 赌 条款), every one is kept; a single
    character after a longer word is not a name's (多长时间 内 备案)."""
    words = asking_words()
    instrument, agency, acting = words["instrument"], words["agency"], words["acting"]
    out = []
    tokens = _posseg(clause)
    for i, (w, _) in enumerate(tokens):
        if not instrument.search(w):
            continue
        j = i
        while j > 0 and _naming(*tokens[j - 1]) and not agency.search(tokens[j - 1][0]) \
                and not acting.search(tokens[j - 1][0]) \
                and (len(tokens[j - 1][0]) > 1 or (j > 1 and len(tokens[j - 2][0]) == 1)):
            j -= 1
        # the instrument is what is named only when it ends the name (众创空间备案标准 names a standard, 有建筑资质
        # 的企业 a firm)
        after = tokens[i + 1] if i + 1 < len(tokens) else ("", "")
        if j == i or _naming(*after) or after[0] == "的":
            continue
        named = [w for w, _ in tokens[j:i + 1]]
        start = sum(len(w) for w, _ in tokens[:j])
        single = len(named[0]) == 1 and start > 0 and _HAN.match(clause[start - 1])
        out.append((named, clause[start - (1 if single else 0):start + len("".join(named))]))
    return out


def _naming(word: str, tag: str) -> bool:
    """A word that can name which instrument: a noun (not an organisation, nor a word that asks), a verbal noun or
    a Latin name; of one character only a plain noun (赌 of 对赌, which jieba does not know)."""
    if tag == "nt" or not word.strip() or _FILLER.search(word) or _INTERROGATIVE.search(word):
        return False
    return (tag[:1] == "n" and (len(word) > 1 or tag == "n")) or tag in ("vn", "eng", "j")


def _in_these_documents(focus: list[tuple[str, float]], idf: IDF | None, idf_max: float) -> list[tuple[str, float]]:
    """Each word's weight scaled by how rare it is in these documents too (its idf against the top of the
    scale): 法律, 规定 or 专利 say little about which passage speaks of a subject where every passage has them.
    A word no passage has keeps its weight."""
    if idf is None or not idf_max:
        return focus
    return [(w, wt * min(1.0, (idf(w) or idf_max) / idf_max)) for w, wt in focus]


def _speaks_of(part: Part, frame: Frame, region: list[Passage], idf: IDF | None, slips: dict[str, str]) -> bool:
    """Whether a part that asks for no kind of fact (…吗？) is spoken of by the passages: they hold most of its
    own words. A part with no words of its own (我们用不用交？) leans on the part before it: not by itself,
    unless it points back at what the asker said (这种做法算数吗？)."""
    if frame.english:
        return True
    if _POINTS_BACK.match(part.text):  # 这种做法算数吗？ asks of what the asker said, which the passages need not hold
        return True
    focus = focus_words(part.text, frame, idf)
    if not focus:
        return False
    total = sum(wt for _, wt in focus)
    # a specialised term it names (一次性奖励, 仲裁费) must be there too, unless no passage of the corpus has it
    specialised = lambda words: [w for w, wt in words if wt >= RARE and (idf is None or idf(w) is not None)]
    rare = specialised(focus)
    at = next((i for i, p in enumerate(frame.asked) if p is part), 0)
    before = frame.asked[at - 1] if at else None
    if before and before.types and asking_words()["method"].search(part.text):
        # 是按吨位怎么算的？ after 过一次闸收多少钱？: how the figure asked before is reckoned, of that figure's own thing
        # (船闸), which the passages must name too (车船税…每吨4元 reckons by tonnage another sum)
        rare += [h for t in before.types if (h := head_word(before.text, t, frame, idf)) and h not in rare]
    if not rare:
        # a part in everyday words (期满后应当如何办理延续？) is about the specialised thing the part before it names
        # (产品质量认证证书的有效期为几年？): the passages must name that too
        rare = [w for p in frame.asked[max(at - 1, 0):at] for w in specialised(focus_words(p.text, frame, idf))]
    return any(sum(wt for w, wt in focus if present(w, p.scope_text, slips)) >= COVERED * total
               and all(present(w, p.scope_text, slips) for w in rare) for p in region)


def _stating_first(frame: Frame, passages: list[Passage], order: list[int]) -> list[int]:
    """The order with the first passage that states the kinds of fact asked (an amount, a deadline, a
    penalty ...) moved to the front, when the best one states none of them and it scores close to it."""
    types = frame.types
    if not types or not order:
        return order
    states = lambda i: all(_states(t, frame, fold(passages[i].text)) for t in types)
    if any(_states(t, frame, fold(passages[order[0]].text)) for t in types):
        return order
    best = passages[order[0]].score
    lead = next((i for i in order[1:DEPTH] if states(i) and passages[i].score >= PULL * best), None)
    return order if lead is None else [lead, *(i for i in order if i != lead)]


def _states(kind, frame: Frame, text: str) -> bool:
    """Whether a passage states the kind of fact asked; a count asked with its measure word (一年开几次, 有几家)
    is stated only by a number with that word (每年不得少于两次, not 100人以下)."""
    if not kind.holds(text):
        return False
    asked = kind.asked.search(frame.folded) if kind.label == "missing_count" else None
    unit = asked.group()[-1] if asked and asked.group()[-1] in _MEASURE else ""
    return not unit or re.search(_NUMBER + r"\s*" + unit, text) is not None


def focus_words(text: str, frame: Frame, idf: IDF | None) -> list[tuple[str, float]]:
    """The words of a text that say what it is about, with their rarity in everyday Chinese, rarest first.

    Interrogatives, fillers and the places the asker names are left out, and so are words that are neither
    in an indexed passage nor in jieba's dictionary (typos such as 挡案), which point at nothing.
    """
    text = _A_NOT_A.sub(r"\1", text)  # 会不会被罚 is 会被罚 (never 不会), 合不合法 is 合法
    places = {m.alias for m in frame.places}
    # pronouns (自己, 这个, 本人) never say what a question is about; 每年, 每次 (also tagged r) say how often
    # …nor do conjunctions (要是, 如果: 要是被城管逮到…)
    pronouns = {w for w, f in _posseg(text) if f.startswith("r") and not _PERIOD.search(w) or f == "c"}
    freq, _ = dictionary()
    out: dict[str, float] = {}
    for w in tokenizer().lcut(text):
        # a word read with the place before it (北京市人大常委会): what it names there is the rest (人大常委会)
        w = _unplaced(w, places)
        if len(w) < 2 or w in out or w in stopwords() or w in places or w in pronouns or _FILLER.search(w) \
                or _INSIDE.fullmatch(w) \
                or _QUANTITY.match(w) or not _HAN.search(w):
            continue
        if idf is None or idf(w) or freq.get(w, 0) >= KNOWN or formal_terms(w):  # 城建税: the texts' word known
            out[w] = rarity(w)
    return sorted(out.items(), key=lambda x: -x[1])


def _unplaced(word: str, places: set[str]) -> str:
    """A word read with a place the asker names before it (北京市人大常委会): what it names there (人大常委会)."""
    return next((word[len(p):] for p in sorted(places, key=len, reverse=True)
                 if word.startswith(p) and len(word) - len(p) >= 2), word)


@functools.lru_cache(maxsize=65536)
def rarity(word: str) -> float:
    """How rare a word is in everyday Chinese (jieba's dictionary): 开始 7.4, 有效期 12.9, 子女教育 16.8.

    A word jieba does not know is as rare as its rarest part (主管部门: 主管); one with no known part (a
    slip, a name) is as rare as a word can be.
    """
    freq, total = dictionary()
    if word in freq:
        return math.log(total / max(freq[word], 3))
    parts = [p for p in tokenizer().lcut_for_search(word) if p != word and p in freq and len(p) > 1]
    return max((math.log(total / max(freq[p], 3)) for p in parts), default=math.log(total / 3))


def _window(p: Passage, words: list[str]) -> str:
    """The part of a passage that speaks of the words: all of a short one, else its sentences that name one."""
    text = fold(p.text)
    if len(text) <= SHORT or any(w in fold(p.section) for w in words):
        return text
    sentences = [m.group() for m in _SENTENCE.finditer(text)]
    # (a colloquial word by the texts' own too: 抽烟 where they say 吸烟)
    said = [*words, *(f for w in words for f in formal_terms(w))]
    # The first sentence frames the rest (有下列行为之一的，处…罚款): it speaks of every item after it.
    chosen = {i for i, s in enumerate(sentences) if i == 0 or any(w in s for w in said)}
    # …and a sentence citing a chosen item by its number (违反前款第（二）项规定的，…处二十元以下罚款) speaks of it too
    items = {m.group(1) for i in chosen if (m := _ITEM_NUMBER.match(sentences[i]))}
    chosen |= {i for i, s in enumerate(sentences) if any(n in items for n in _CITED_ITEM.findall(s))}
    return "。".join(s for i, s in enumerate(sentences) if i in chosen)


def present(word: str, text: str, slips: dict[str, str]) -> bool:
    """The word is in the text, or the corpus word it sounds like is, or the texts' own word for a colloquial
    one (分红: 股息 or 红利; corpus/knowledge/synonyms.tsv), or (for a word jieba does not know, such as
    所得税率) all its parts are."""
    if word in text or (word in slips and slips[word] in text):
        return True
    if any(w in text for w in formal_terms(word)):
        return True
    parts = [p for p in tokenizer().lcut_for_search(word) if p != word and len(p) > 1]
    if not parts:
        return _abbreviates(word, text)
    if not all(p in text for p in parts):
        return False
    if word not in dictionary()[0]:
        return True
    # A dictionary word counts when its parts stand close together, in order (省级…孵化器 for 省级孵化器),
    # not when they are scattered (子女 here, 教育 there).
    gap = ".{0,%d}" % NEAR
    return re.search(gap.join(re.escape(p) for p in _chain(word, parts)), text) is not None


def _abbreviates(word: str, text: str) -> bool:
    """Whether a two-character word shortens words of the text (颁证 for 颁发…许可证, 营收 for 营业收入): its
    characters in order within one clause of it, the first opening a word there and the second closing one."""
    if len(word) != 2 or not all(_HAN.match(ch) for ch in word):
        return False
    pattern = re.escape(word[0]) + r"[^，,。；;：:、]{1,%d}?" % ABBREVIATED + re.escape(word[1])
    for m in re.finditer(pattern, text):
        words = tokenizer().lcut(m.group())
        if words[0].startswith(word[0]) and len(words[0]) > 1 and words[-1].endswith(word[1]) and len(words[-1]) > 1:
            return True
    return False


def _chain(word: str, parts: list[str]) -> list[str]:
    """The parts that, in order and without overlap, spell the word (cut_for_search also gives overlaps)."""
    out, i = [], 0
    for p in sorted(parts, key=lambda p: (word.find(p), -len(p))):
        at = word.find(p, i)
        if at >= i:
            out.append(p)
            i = at + len(p)
    return out or parts


def _clause(part: Part) -> str:
    """The clauses of the part that hold its question words (学校能拿出多少奖励给我们团队, not the story before)."""
    clauses = [c for c in re.split(r"[，,：:]", part.text) if c.strip()]
    asking = [c for c in clauses if any(t.asked.search(c) for t in part.types)]
    return "，".join(asking) if asking else part.text


def _asking_verbs(part: Part, clause: str) -> set[str]:
    """The verbs that ask in the part's asking clause, right before the words asking for the figure (可处多少罚款,
    能拿多少): the asker's way of asking, which a passage need not share (处以…罚款), not a term of the subject."""
    out = set()
    for t in part.types:
        for m in t.asked.finditer(clause):
            before = _posseg(clause[:m.start()])
            if before and before[-1][1] == "v":
                out.add(before[-1][0])
    return out


def _unheld_types(part: Part, frame: Frame, region: list[Passage], idf: IDF | None, slips: dict[str, str],
                  idf_max: float = 0.0, gloss: Callable[[str], tuple[str, ...]] | None = None,
                  promoted: bool = False) -> list:
    """The kinds of fact the part asks for that the passages do not give where they speak of its subject.

    The subject is the clause that asks (多少奖励, 保存多少年, 每月扣除标准), without the asking words. A
    passage speaks of it when it holds every specialised term of it (子女教育, 住房补贴: rare in everyday
    Chinese) and, unless it is the best passage, at least half of its words by rarity. The fact type
    must be held where such a passage names the subject's words.
    """
    if not part.types:
        return []
    # of the kinds of one reading (how much: a sum, a reward), the one that says which sentences cannot give it
    # decides (奖励金额是多少 is not answered by a fine's sum): the others stand or fall with it
    strict = {t.reading for t in part.types if t.not_in is not None and t.reading}
    types = [t for t in part.types if t.not_in is not None or t.reading not in strict]
    missing = _unheld(types, part, frame, region, idf, slips, idf_max, gloss, promoted)
    if missing:  # the sanction for a duty among the passages, set in another by the duty's number
        sanctions = _for_cited_duties(region)
        missing = [t for t in missing if not any(t.holds(s) for s in sanctions)]
    gone = {t.reading for t in missing if t.not_in is not None}
    return missing + [t for t in part.types if t not in types and t.reading in gone]


def _for_cited_duties(region: list[Passage]) -> list[str]:
    """The (folded) clauses of the passages that set a sanction for breaking another passage's article of the same law
    by its number (（二）违反本条例第十六条规定的，责令停止测绘一至两年… beside 第十六条 《测绘资格证书》不得…转借): the
    consequence of that duty, though the clause names the act only by its number."""
    duties = {(p.title, a) for p in region if (a := _article(p))}
    out = []
    for p in region:
        own = _article(p)
        for clause in _DUTY_CLAUSE.split(fold(p.text)):
            cited = cited_duties(clause)
            if any(a != own and (p.title, a) in duties for a in cited) and _SANCTIONS.search(clause):
                out.append(clause)
    return out


def only_dates(text: str, frame: Frame) -> bool:
    """Whether a passage is nothing but a law's datelines (2014年5月1日 施行) and the question does not ask when a
    text takes effect: such a passage dates the text and answers nothing else (3月1号…3月20号再去备案 matches its
    digits only), nor an article that only says when the text takes effect (第六十一条 本条例自2024年3月1日起施行。)."""
    if _asks_when(frame):
        return False
    sentence, _, _, dateline = commencement()
    lines = [ARTICLE.sub("", line.strip()).strip() for line in text.splitlines() if line.strip()]
    return bool(lines) and all(dateline.match(line) or sentence.fullmatch(line.rstrip("。")) for line in lines)


def _asks_when(frame: Frame) -> bool:
    """Whether the question asks when a text takes effect (什么时候开始施行, when did it take effect)."""
    _, asked, asked_en, _ = commencement()
    return bool(asked_en.search(frame.question) if frame.english else asked.search(frame.folded))


def _dated(frame: Frame) -> Callable[[str], str]:
    """What of a (folded) text may give the fact asked: all of it, but the sentence dating when a text takes effect
    (本条例自2013年5月1日起施行) only to a question that asks when a text does (统计月报几号前报 is no such question)."""
    if _asks_when(frame):
        return lambda text: text
    sentence = commencement()[0]
    return lambda text: sentence.sub("。", text)


def _unheld(types: list, part: Part, frame: Frame, region: list[Passage], idf: IDF | None, slips: dict[str, str],
            idf_max: float, gloss: Callable[[str], tuple[str, ...]] | None = None, promoted: bool = False) -> list:
    dated = _dated(frame)
    if frame.english:
        # the part's rarer words in the texts' Chinese (English glossary, dictionary): a figure is given where a
        # passage names one of them, as for a Chinese question; a passage naming none of them is read whole
        words = [w for w in (gloss(part.text) if gloss else ()) if len(w) > 1 and idf is not None
                 and (idf(w) or 0.0) >= ENGLISH_RARE * idf_max]
        windows = [dated(_window(p, words) if any(w in fold(p.text) for w in words) else fold(p.text)) for p in region]
        return [t for t in types if not any(t.holds(w) for w in windows)]
    clause = _clause(part)
    focus = _part_words(part, frame, idf)
    # a part that only points back (这种情况会罚多少钱？) is about the asker's story: all the question's words
    focus = focus or focus_words(frame.folded, frame, idf)
    agency = asking_words()["agency"]
    if focus and all(agency.search(w) for w, _ in focus) and any(t.label in _TIMES or _fines_sum(t, part.types)
                                                                  for t in types):
        # …and so is a time limit asked naming only the office it runs to (多长时间内要报给环保部门？ after 监测设备坏了要
        # 停机检修): the office is not what the time is for, nor what a fine is for (要是被城管逮到罚多少钱 after 店门口露天
        # 烤); 政府会给多少补助款 names what is given, though the documents do not
        focus = focus_words(frame.folded, frame, idf) or focus
    if not focus:
        return [t for t in types if not any(t.holds(dated(fold(p.text))) for p in region)]
    focus = _in_these_documents(focus, idf, idf_max)
    total = sum(wt for _, wt in focus)
    # a specialised term the passages must hold, unless no passage of the corpus has it: the asker's own word
    # (超期 for 逾期) can't be held anywhere, so it can't tell the passages apart; nor the asker's name for the
    # office that acts (版权局 for 著作权行政管理部门)
    asking = _asking_verbs(part, clause)
    rare = [w for w, wt in focus if wt >= RARE and (idf is None or idf(w) is not None) and not agency.search(w)
            and w not in asking]
    candidates = []
    # the whole sentence's words (向财政部门举报…不属于其管辖, 应当在多长时间内移送?): where two documents hold the subject
    # alike (移送), the one holding more of what the asker says is no neighbour
    whole = focus_words(part.text, frame, idf)
    best_whole = _held(region[0], whole, slips)
    best = 0.0  # how much of the subject the best passage holds
    cited = _article(region[0])
    duties = cited_duties(region[0].text)  # the articles the best passage's sanctions are for
    for rank, p in enumerate(region):
        text = p.scope_text
        covered = sum(wt for w, wt in focus if present(w, text, slips))
        if rank == 0:
            best = covered
        elif cited and p.title == region[0].title and cited in p.text:
            candidates.append(p)  # 违反本规定第十七条规定的，处…罚款: what follows from the best passage's rule
            continue
        elif p.title == region[0].title and _article(p) in duties and not any(t.name == "penalty" for t in part.types):
            # …and the duty the best passage punishes (第十一条 …在二十四小时内…报告 for 第三十七条): its own figures, not
            # the sanction's
            candidates.append(p)
            continue
        # another document's passage that speaks of the subject no better than the best passage does is a
        # neighbour (产假 in a maternity-insurance rule beside the labour rule asked about): its figures are not
        # the ones asked for
        if rank > 0 and p.title != region[0].title and covered <= best and _held(p, whole, slips) <= best_whole:
            continue
        # the best passage speaks of the subject in its own words, whatever the asker calls it (入职 for 招用,
        # 停气 for 暂停供气); any other must hold every specialised term
        if (rank > 0 or promoted) and not all(present(w, text, slips) for w in rare):
            continue
        if rank == 0 or covered >= COVERED * total:  # the best passage speaks of the subject, or it would not be first
            candidates.append(p)
    if not candidates:
        return list(types)
    words = [w for w, _ in focus] + [slips[w] for w, _ in focus if w in slips]
    windows = [dated(_window(p, words)) for p in candidates]
    unit = _asked_unit(part.text)
    if unit and not any(unit.search(w) for w in windows):  # 多少米以内: 五万元 is no answer
        return list(types)
    acted = _acted(part, frame, idf, clause) if any(t.label == "missing_duration" for t in types) else []
    texts = [fold(p.text) for p in candidates]
    missing = []
    # the event the asker counts a time from (签完租赁合约之后…几天内办): what the time is for is not there
    own_start = _own_start(clause)
    for t in types:
        head = head_word(part.text, t, frame, idf)
        if head and t.label in _TIMES and head in own_start or _misread(head, fold(part.text), candidates):
            head = ""
        if t.figure and _delegated(t, _named_word(head, focus, candidates, slips), candidates, slips):
            missing.append(t)
            continue
        period = _asked_period(part.text, t, head) if t.label == "missing_duration" else ""
        owned = period or (_clause_period(part.text, t) if t.label == "missing_duration" else "")
        owner = _period_owner(fold(part.text), owned) if owned else ""
        if period and not any(_names_period(period, text, slips, owner) for text in texts):
            missing.append(t)  # 有效期是多久: a named period's length is given where the period is named
            continue
        if owner and idf is not None and idf(owner) is not None and not agency.search(owner) \
                and not any(present(owner, text, slips) for text in texts):
            missing.append(t)  # 认证证书有效期: the period of what the passages never name is not theirs (生产许可证有效期)
            continue
        if period and head == period and not any(present(head, text, slips) for text in texts):
            head = ""  # named by what it is the period of (专利权的期限 for 专利保护期): its figure is by that name
        timed = acted if t.label == "missing_duration" else []
        # a sum asked with a penalty (私自挖沙 罚款多少) is the fine for the act the asker names in their own words (挖沙
        # for 采砂): it is given where the fine is, not only where their word is
        fine = _fines_sum(t, types)
        # the asker's own word for the act (上门测 for 进行检测, 停止执业 for 停止…业务) where no passage has it and the
        # best one holds most of the rest of what they say: the figure is looked for as for any other part
        own_word = bool(head) and best >= OWN_WORD * total and not any(present(head, text, slips) for text in texts)
        if head and t.figure and not fine and not agency.search(head) and idf is not None and not own_word \
                and (idf(head) or 0.0) >= SCARCE:  # 子女教育的扣除标准: a term few passages
            # name; a figure must be where it is named (a penalty is the act's, which the asker says in their own words:
            # 擅自开展业务 for 从事代表机构业务活动; nor is the office the asker names, 环保部门 for 生态环境主管部门,
            # the term the figure must stand by)
            if not any(t.holds(_after_event(dated(_head_window(p, head, slips)), [w for w in timed if w == head]))
                       for p in candidates):
                missing.append(t)
        elif not any(t.holds(_after_event(w, timed)) for w in windows):
            missing.append(t)
    return missing + [t for t in types if t not in missing and t.figure and _bounded_otherwise(part, t, windows)]


def _asked_period(text: str, kind, head: str) -> str:
    """The named period whose length is asked (暂定资质有效期是多久 -> 有效期, 保修期最短多久 -> 保修期), or ""."""
    m = kind.asked.search(text)
    for word in ([m.group()] if m else []) + [head]:
        if len(word) >= 2 and word.endswith("期") and not asking_words()["time_noun"].fullmatch(word) \
                and rarity(word) >= HEAD_RARITY:
            return word
    return ""


def _clause_period(text: str, kind) -> str:
    """A named period the asking clause says before its asking words (批准文件的有效期为多长时间 -> 有效期), or ""."""
    m = kind.asked.search(text)
    clause = re.split(r"[，,。；;？?！!]", text[:m.start()])[-1] if m else ""
    return next((w for w in tokenizer().lcut(clause) if len(w) >= 3 and w.endswith("期")
                 and not asking_words()["time_noun"].fullmatch(w) and rarity(w) >= HEAD_RARITY), "")


def _period_owner(text: str, period: str) -> str:
    """The word the question puts before a named period, naming what it is the period of (专利保护期 -> 专利, 批准文件的
    有效期 -> 批准文件), or ""."""
    words = tokenizer().lcut(text)
    at = next((i for i, w in enumerate(words) if w == period), -1)
    before = [w for w in words[max(at - 2, 0):at] if w != "的"] if at > 0 else []
    owner = before[-1] if before else ""
    return owner if len(owner) >= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in owner) else ""


def _names_period(head: str, text: str, slips: dict[str, str], owner: str = "") -> bool:
    """Whether a passage names the period: its name, or what it is the period of beside a word for a time (租期 in
    租赁期限, 孵化期 in 孵化时限; 专利保护期 in 专利权的期限)."""
    if present(head, text, slips):
        return True
    stem = head[:-1]
    if re.search(f"{re.escape(stem)}.{{0,3}}(?:期限|时限|期间|年限|期)", text):
        return True
    return bool(owner) and bool(re.search(f"{re.escape(owner)}.{{0,3}}(?:期限|时限|期间|年限|有效期)", text))


def _bounded_otherwise(part: Part, kind, windows: list[str]) -> bool:
    """Whether the question asks a bound one way (上限, 最低) and the passages that give the figure bound it only the other
    way (上限是多少 against 不得低于5%)."""
    words = asking_words()
    upper, lower = bool(words["upper_asked"].search(part.text)), bool(words["lower_asked"].search(part.text))
    if upper == lower:
        return False
    same, other = (words["upper_held"], words["lower_held"]) if upper else (words["lower_held"], words["upper_held"])
    giving = [w for w in windows if kind.holds(w)]
    return bool(giving) and not any(same.search(w) for w in giving) and any(other.search(w) for w in giving)


def _held(p: Passage, words: list[tuple[str, float]], slips: dict[str, str]) -> float:
    """How much of the words, by weight, a passage holds."""
    return sum(wt for w, wt in words if present(w, p.scope_text, slips))


def _acted(part: Part, frame: Frame, idf: IDF | None, clause: str) -> list[str]:
    """The asking clause's own words for what is done in the time asked, not those of the event the asker counts from
    (收到处罚决定书后多长时间内缴纳: 收到处罚决定书 is the asker's start too, 缴纳 what is done)."""
    own_start = _own_start(clause)
    return [w for w, _ in _subject_words(part, frame, idf) if w not in own_start]


def _own_start(clause: str) -> str:
    """The words of an asking clause that name the event the asker counts a time from (签完租赁合约之后…几天内办)."""
    return "".join(m.group() for m in asking_words()["own_start"].finditer(clause))


def _after_event(text: str, words: list[str]) -> str:
    """Of a (folded) text, the sentences that may give a time limit of the words: not one that names them only in the
    event it counts from (地方性法规应当自批准之日起十日内…刊载 gives no time to 作出批准决定)."""
    if not words:
        return text
    since = asking_words()["since"]
    kept = []
    for m in _SENTENCE.finditer(text):
        sentence = m.group()
        named = [w for w in words if w in sentence]
        if named and not any(w in since.sub(" ", sentence) for w in named):
            continue
        kept.append(sentence)
    # where the act is said with a time of no figure (在规定时间内抵达现场), another sentence's time (实行二十四小时值班
    # 制度) is not the act's
    naming = [sentence for sentence in kept if any(w in sentence for w in words)]
    if any(asking_words()["unfigured_time"].search(sentence) for sentence in naming):
        return "。".join(naming)
    return "。".join(kept)


def _asked_unit(text: str) -> re.Pattern[str] | None:
    """A number in the unit of measure the text asks a figure in (多少米以内: 米; 几千吨: 吨), as a pattern; None when it
    asks none."""
    words = asking_words()
    for m in re.finditer(r"多少|几", words["not_asking"].sub("X", text)):
        unit = words["measured"].match(text, m.end())
        if unit:
            name = unit.group().strip().lstrip("十百千万") or unit.group().strip()  # 千 of 千吨 is the number's
            name = name.replace("平米", "平方米").replace("平方米", "平方?米")
            return re.compile(rf"{_NUMBER}\s*(?:余|多)?\s*{name}")
    return None


def _article(p: Passage) -> str:
    """The article a passage is (第十七条), from its opening or its section; "" when it is none."""
    # the article may head a list lead inside it (… > 第十九条 公园、广场… > 城市道路绿化作业，应当采取下列…措施)
    m = ARTICLE.match(p.text.strip()) or next(
        (m for part in reversed(p.section.split(">")) if (m := ARTICLE.match(part.strip()))), None)
    return m.group() if m else ""


def _named_word(head: str, focus: list[tuple[str, float]], passages: list[Passage], slips: dict[str, str]) -> str:
    """The word by which the passages name the subject: the asked noun when they hold it, else the subject's rarest
    word they hold ("" when they hold none)."""
    words = ([head] if head else []) + [w for w, _ in sorted(focus, key=lambda x: -x[1])]
    return next((w for w in words if any(present(w, p.scope_text, slips) for p in passages)), "")


def _delegated(kind, word: str, passages: list[Passage], slips: dict[str, str]) -> bool:
    """Whether the sentences that name the subject's word leave its figure to another rule or to the parties
    (事项复杂确需延期的，可以依照国家规定适当延长: how long is not said) and none of them gives the figure."""
    if not word:
        return False
    said = [m.group() for p in passages for m in _SENTENCE.finditer(fold(p.text)) if present(word, m.group(), slips)]
    return bool(said) and any(delegation().search(s) for s in said) and not any(kind.holds(s) for s in said)


def _nearest_said(part: Part, frame: Frame, idf: IDF | None) -> list[tuple[str, float]]:
    """When the asking clause names nothing (…得自己做年度汇算，请问什么时间段办？), its subject is in the clause
    just before it that names something, or in the question before (样品检验完了能不能返还？多久之内还？)."""
    clauses = [c for c in re.split(r"[，,：:；;]", part.text) if c.strip()]
    asking = [i for i, c in enumerate(clauses) if any(t.asked.search(c) for t in part.types)]
    at = next((i for i, p in enumerate(frame.parts) if p is part), 0)
    # of the sentences before, only a question (样品…能不能返还？), not the story (执法人员说算不出违法所得。)
    earlier = [c for p in frame.parts[:at] if p.asking for c in re.split(r"[，,：:；;]", p.text) if c.strip()]
    before = clauses[:asking[0]] if asking else []
    judging = asking_words()["judging"]
    for clause in reversed(earlier + before):
        found = [(w, wt) for w, wt in focus_words(clause, frame, idf) if not judging.match(w)]
        if found:
            return found
    return []


def head_word(text: str, kind, frame: Frame, idf: IDF | None) -> str:
    """The noun the asking words are about, when it is a specific one: 多少管理费 -> 管理费, 有效期是几年 ->
    有效期, 创业补贴一般能拿多少钱 -> 补贴; "" for verbs and everyday nouns (开始, 日期, 工位 ...)."""
    m = kind.asked.search(text)
    if not m:
        return ""
    content = {w for w, _ in focus_words(text, frame, idf)}
    # 多少天内向海关申报: 内 belongs to the figure asked (not 内向); the noun comes after it
    rest = re.sub(r"^(?:以内|之内|以前|之前|内|前|后)", "", text[m.end():])
    # 要到多少才能立案: what follows 才 is what the figure leads to, not what it is of
    after = [] if _THEN.match(rest) else [(w, f) for w, f in _posseg(rest)[:3] if w in content]
    # 被海事查到会罚多少: the noun after 被 is who acts, not what the figure is of
    places = {p.alias for p in frame.places}
    said = [(_unplaced(w, places), f) for w, f in _posseg(text[:m.start()])]
    # 要是违规立了会罚多少: a verbal noun right before a verb says how it was done (违规), it is not what is counted
    before = [(w, f) for i, (w, f) in enumerate(said) if i >= len(said) - 4 and w in content
              and not (i and said[i - 1][0] == "被")
              and not (f == "vn" and i + 1 < len(said) and said[i + 1][1].startswith("v"))]
    nouns_after = [(w, f) for w, f in after if f[:1] == "n" or f in ("vn", "l")]
    nouns_before = [(w, f) for w, f in before if f[:1] == "n" or f in ("vn", "l")]
    agency = asking_words()["agency"]  # 版权局最多能罚多少: the office acts; the fine is not the office's
    nouns_after = [(w, f) for w, f in nouns_after if not agency.search(w)]
    nouns_before = [(w, f) for w, f in nouns_before if not agency.search(w)]
    word, _ = nouns_after[0] if nouns_after else nouns_before[-1] if nouns_before else ("", "")
    if asking_words()["time_noun"].fullmatch(word):
        return ""  # 最短时间是多久: the time asked, not what it is the time of
    return word if word and rarity(word) >= HEAD_RARITY else ""


def _misread(word: str, text: str, passages: list[Passage]) -> bool:
    """Whether a word of the question is a misreading of its characters (低压用电报装 read as …用/电报/装) that no passage
    has, where a passage reads a word its edge makes with a neighbour (…自/报装/之日起)."""
    if not word or any(word in fold(p.text) for p in passages):
        return False
    words = {w for p in passages for w in tokenizer().lcut(fold(p.text)) if len(w) == 2}
    for m in re.finditer(re.escape(word), text):
        edges = (text[m.start() - 1:m.start() + 1] if m.start() else "", text[m.end() - 1:m.end() + 1])
        if any(len(e) == 2 and e in words for e in edges):
            return True
    return False


def _head_window(p: Passage, head: str, slips: dict[str, str]) -> str:
    """Where a passage speaks of a word: all of it when its heading names it or when it is short and names it, else
    the sentences that do."""
    text = fold(p.text)
    if present(head, fold(p.section), slips) or (len(text) <= HEAD_SHORT and present(head, text, slips)):
        return text
    sentences = [m.group() for m in _SENTENCE.finditer(text)]
    said = [s for s in sentences if present(head, s, slips)]
    # the lead of a list of cases (有下列行为之一的，由…处5000元以上2万元以下的罚款：) speaks of every item after it: the
    # item that names the word (（二）未…设置淋浴间、更衣室…的) takes its figure
    if said and sentences and said[0] != sentences[0] and _LIST_LEAD.search(sentences[0]):
        said.insert(0, sentences[0])
    return "。".join(said)


@functools.lru_cache(maxsize=4096)
def _posseg(text: str) -> list[tuple[str, str]]:
    return [(w, f) for w, f in pos_tokenizer().cut(text)]




def _term_gaps(frame: Frame, scope: list[str]) -> list[Gap]:
    gaps = []
    by_family: dict[str, list[Sibling]] = {}
    for m in frame.terms:
        by_family.setdefault(m.key.family, []).append(m.key)  # type: ignore[union-attr]
    for fam in families():
        asked = by_family.get(fam.name)
        if not fam.scope or not asked:
            continue
        if any(_holds(s, scope) for s in asked):
            continue
        others = [s for s in fam.siblings if s not in asked and _holds(s, scope)]
        if others:
            gaps.append(Gap("term", asked[0].name, "、".join(s.name for s in others)))
    return gaps


def other_kind(frame: Frame, text: str) -> bool:
    """Whether a (folded) text is about another member of a family the question names, and not the one named:
    省级's graduation list for a question about 国家级 (families whose members set a scope)."""
    return _names_another(frame, text, lambda fam: fam.scope)


def headed_elsewhere(frame: Frame, section: str) -> bool:
    """Whether a passage's section path (二、（四）省级科技企业孵化器认定标准 > 1.申请条件) names another member of a
    `headed` family the question names, and not the one named: the 省级 list for a question about 国家级."""
    return _names_another(frame, fold(section), lambda fam: fam.headed)


def _names_another(frame: Frame, text: str, which: Callable[[Family], bool]) -> bool:
    """Whether a (folded) text names a member of a family the question names (of those `which` keeps), and none
    of the members it names."""
    asked = {m.key for m in frame.terms}
    if not asked:  # most questions name no family member: no passage's text need be read
        return False
    named = {m.key for m in sibling_mentions(text)}
    for fam in {k.family for k in asked}:  # type: ignore[union-attr]
        here = {k for k in named if k.family == fam}  # type: ignore[union-attr]
        if here and not here & asked and which(family(fam)):
            return True
    return False


def _holds(sibling: Sibling, texts: list[str]) -> bool:
    return any(m.key == sibling for t in texts for m in sibling_mentions(t))


def jurisdiction(p: Passage) -> frozenset[str] | None:
    """The places a passage's rules are for; None for national rules (or when nothing says)."""
    return _jurisdiction(p.text, p.section, p.title, p.region)


@functools.lru_cache(maxsize=16384)
def _jurisdiction(text: str, section: str, title: str, region: str) -> frozenset[str] | None:
    p = Passage(text, section, title, region)
    g = gazetteer()
    named = frozenset().union(*g.names(p.scope_text, loose=False)) if p.scope_text else frozenset()
    document = frozenset().union(*g.names(fold(f"{p.title} {p.region}"), loose=False))
    if not document and _NATIONAL_TITLE.match(fold(p.title).lstrip("# ")):
        return None
    opening = fold(f"{p.section} {p.text[:OPENING]}")  # its heading or opening, not an item of it
    if document and _NATIONAL.search(opening) and not _LOCAL.search(fold(p.text)):
        return None
    return (document | named) or None


def elsewhere(frame: Frame, p: Passage) -> bool:
    """Whether the passage's rules are another place's than every place the asker names (北京's for an asker in 山东)."""
    if not frame.places:
        return False
    where = jurisdiction(p)
    return where is not None and not _asked_place(frame, where) and not titled(frame, p.title)


def where_the_asker_is(frame: Frame) -> bool:
    """Whether every place the question names is where the asker is or acts (我们在成都开了家民宿, 台商在昆山設的廠,
    在成都郫都区): a setting, under which national rules bind them too, not what the question is about (成都的标准是多少,
    宁波市人大代表, 杭州这边要不要备案)."""
    ends = {m.end for m in frame.places}
    return bool(frame.places) and all(m.start > 0 and (frame.folded[m.start - 1] == "在" or m.start in ends)
                                      for m in frame.places)


def titled(frame: Frame, title: str) -> bool:
    """Whether a document's title names a place the asker names, as they write it: its rules are about that place,
    whatever it is (白河 of 南阳市白河水系水环境保护条例 is a river, not 白河县)."""
    folded = fold(title)
    return any(m.alias in folded for m in frame.places)


def _asked_place(frame: Frame, where: frozenset[str]) -> bool:
    """Whether the places a rule is for hold or lie in a place the asker names (兰州 and 甘肃)."""
    return any(gazetteer().overlap(m.key, where) for m in frame.places)  # type: ignore[arg-type]


def _place_order(frame: Frame, passages: list[Passage]) -> tuple[list[int], Gap | None, list[int]]:
    """Passages in the question's place (or national) first; a gap when none of them is."""
    order = list(range(len(passages)))
    if not frame.places:
        return order, None, []
    places = [jurisdiction(p) for p in passages]

    def local(i: int) -> bool:
        where = places[i]
        return where is not None and (_asked_place(frame, where) or titled(frame, passages[i].title))

    if local(0):  # the best passage is the asker's place's own
        return order, None, []
    if places[0] is None:  # national: a rule of the asker's own place close behind it is the more specific one
        # …unless it lacks a term the question names that the national one holds (国家级 beside 省级 rules)
        asked_terms = [m.key for m in frame.terms]
        lacks = lambda i: any(_holds(t, [passages[0].scope_text]) and not _holds(t, [passages[i].scope_text])
                              for t in asked_terms)
        own = [i for i in order[1:DEPTH]
               if local(i) and passages[i].score >= LOCAL_PULL * passages[0].score and not lacks(i)]
        return ([own[0], *(i for i in order if i != own[0])] if own else order), None, []
    national = [i for i in order[:DEPTH] if places[i] is None]
    if 2 * len(national) > DEPTH:  # mostly national rules match: the place was context (我们公司在成都…)
        return national + [i for i in order if i not in national], None, national
    # A rule of the asker's own place further down moves up if it was nearly as good a match; a national one
    # does not: the best match being another place's rule says the question is about local rules.
    fitting = [i for i in order if local(i) and passages[i].score >= PULL * passages[0].score]
    if fitting:
        return fitting + [i for i in order if i not in fitting], None, fitting
    # a place's shortest name, the first of them in sorted order: a set's order changes from one process to the next
    held = sorted({min(sorted(w), key=len) for i in order[:DEPTH] for w in [places[i]] if w})
    return order, Gap("place", frame.places[0].alias, "、".join(held)), []


def _year_gap(frame: Frame, scope: str, dates: list[str]) -> Gap | None:
    if not frame.years:
        return None
    held = sorted(set(_YEAR.findall(scope)) | {m.group(1) for d in dates for m in [re.search(r"((?:19|20)\d\d)", d)] if m})
    if held and not any(y in held for y in frame.years):
        return Gap("year", f"{frame.years[0]}年", "、".join(f"{y}年" for y in held))
    return None
