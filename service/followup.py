"""Rewrites an elliptical follow-up (那省级的呢？/ what about provincial ones?) into a standalone question.

Three ways, tried in order:
1. swap: the follow-up names a sibling of a term the earlier question has (省级 for 国家级, 房产税 for
   城镇土地使用税, 江苏 for 山东: corpus/knowledge families and places) -> the earlier question with it;
2. a bare noun phrase (在孵企业呢？, 那有限合伙人呢？) -> put into the earlier question, in place of the word
   it extends or after the earlier question's subject;
3. anything else that leans on the earlier turn (要是忘了报会怎么样？, 它搭建了哪些平台) -> the follow-up,
   with the earlier question after it as context: "要是忘了报会怎么样？（上文：公司年报每年什么时候报？）".
   Only the part before the brackets is what is asked (service/understand.py).
"""

from __future__ import annotations

import re

from corpus.domain import Mention, gazetteer, sibling_mentions
from corpus.messages import message
from corpus.normalize import fold
from index.segment import pos_tokenizer, tokenizer

_LEAD = re.compile(r"^(那么|那|还有|另外|然后|再问一下|再问|反过来|反之|相反|同理|and then|and|so|what about|how about|what of)\s*[，,]?\s*",
                   re.IGNORECASE)
_TAIL = re.compile(r"(的)?(呢|吗|嘛|啊|呀)?[？?。!！\s]*$")
_PRONOUN = re.compile(r"^(它们|它|其|该|这个|这些|那个|那些|这里|这|那里|上述|上面|刚才|前面|第[一二三四五六七八九十\d]+[步条项个点])")
# in English a pronoun points back only in a short question (Is it taxed too?): a long one names its own things
_PRONOUN_EN = re.compile(r"\b(it|they|them|those|these|ones)\b", re.IGNORECASE)
SHORT_ENGLISH = 12  # words
_SUBJECT_STRIP = re.compile(r"^(请问|关于|企业从|企业在|从|在|对|申请认定|申请|认定|入驻|成为)+")
_SUBJECT_END = re.compile(r"(是|的|有|能|可以|可|需要|要|都|怎么|如何|多少|什么|哪|，|,|？|\?|里|中|毕业|开在|发起|满足)")
_QUESTIONISH = re.compile(r"(什么|啥|哪|多少|多久|多长|多大|几|怎么|如何|是否|能否|能不能|可不可以|有没有|会不会|要不要|吗|\?|？|"
                          r"what|how|which|when|who|why)", re.IGNORECASE)
# The earlier turn put after a follow-up, as prompts/messages.toml writes it (full- or half-width brackets).
_CONTEXT = re.compile(r"[（(](?:上文|earlier question)[：:]\s*(.*)[）)]\s*$", re.IGNORECASE)
SHORT_PHRASE = 8  # characters: a bare noun phrase this short attaches to the earlier question's subject
SAME_QUESTION = 8  # characters left after the swapped term: more is a question of its own (也能申请减免吗 is not)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_THING = {"n", "nz", "vn", "nt", "l"}  # jieba's tags for nouns and set phrases


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_COUNTING = frozenset("这那哪每一几各某整两")  # before 个, they make it a measure word


def scope_terms(text: str) -> list[Mention]:
    """Family terms, places and years named in a text."""
    folded = fold(text)
    years = [Mention(m.group(), m.group(), m.start(), m.end()) for m in _YEAR.finditer(folded)]
    # 个 after 这, 那, 每 … counts (这个税 is "this tax"): the 个 of 个税 it is not
    terms = [m for m in sibling_mentions(folded)
             if not (m.alias[:1] == "个" and folded[m.start - 1:m.start] in _COUNTING)]
    return terms + gazetteer().mentions(folded) + years


def _kind(m: Mention) -> str:
    if isinstance(m.key, str):
        return "year"
    return m.key.family if hasattr(m.key, "family") else "place"  # type: ignore[union-attr]


def subject_of(question: str) -> str:
    """The topic phrase a question opens with: 海创汇是什么 -> 海创汇; 申请国家级孵化器要多大场地 -> 国家级孵化器."""
    core = _SUBJECT_STRIP.sub("", question.strip())
    m = _SUBJECT_END.search(core)
    subject = core[: m.start()] if m else core
    return subject.strip(" ：:，,") if 2 <= len(subject) <= 20 else ""


# Words that point back at what was said before, anywhere in a question: a case of it (…的话, 如果…, 要是…), what
# follows it (…之后, …以后), the same again (也得), a turn to another side of it (…，那职工这边…). (他们, 这种 or 还要
# are as often about the question's own words: measured, they misread independent questions and found nothing.)
_LEANS = re.compile(r"的话|^(?:如果|要是|假如|万一)|^[^，,。？?]{1,12}(?:之后|以后)|也得|[，,]\s*那(?!些|个|里)")


def is_followup(question: str) -> bool:
    q = question.strip()
    if _LEAD.match(q) or _PRONOUN.search(q) or _LEANS.search(q):
        return True
    if _PRONOUN_EN.search(q) and len(q.split()) <= SHORT_ENGLISH:
        return True
    core = _TAIL.sub("", q)
    if q.rstrip("？?").endswith("呢") and len(core) <= 15:
        return True
    first = re.split(r"[？?]", q)[0]  # 男员工的陪产假呢？有几天？: a short 呢 turns to the earlier question first
    if first.endswith("呢") and len(first) <= 15:
        return True
    if q.startswith("若") and len(core) <= 20:  # 若超期了没去办，会罚多少？ (要是, 如果…: _LEANS; 那如果: _LEAD)
        return True
    words = q.split()
    if len(words) > 1 and not _CJK.search(q):  # English
        return len(words) <= 4
    if len(words) > 1:  # 会计年度 起止日期: keywords name their own things
        return False
    if len(core) <= 10 and not scope_terms(core) and not re.search(r"[A-Za-z0-9]{2,}", core):
        return True
    # 最长能延多久？要谁批准？, 在杭州领的，拿到温州去用行不行？: no thing of its own is named, so it is about the
    # earlier turn's
    return not _names_a_thing(core) and not re.search(r"[A-Za-z0-9]{2,}", core)


def _names_a_thing(text: str) -> bool:
    """Whether the text has a noun of its own (not a place, a person's name, a time or a pronoun)."""
    # a word of the domain's dictionary (corpus/knowledge/userdict.txt: 众创空间) comes without a tag ("x")
    return any(len(w) >= 2 and (f in _THING or (f == "x" and _CJK.search(w)))
               for w, f in pos_tokenizer().cut(text))



def asked_part(rewritten: str) -> tuple[str, str]:
    """(what is asked, context) of a rewritten question; the context is a trailing bracketed earlier turn."""
    m = _CONTEXT.search(rewritten)
    if not m or m.start() == 0:
        return rewritten, ""
    return rewritten[: m.start()], m.group(1)


def _swap(previous: str, found: list[Mention]) -> str:
    """The earlier question with each of its terms replaced by the follow-up's sibling of the same kind."""
    earlier = scope_terms(previous)
    old: dict[str, Mention] = {}
    for m in earlier:
        old.setdefault(_kind(m), m)
    english = not _CJK.search(previous)
    # a kind whose earlier term the follow-up names again stays (香港、台湾的投资者在北京投资: 北京 is still the place)
    kept = {_kind(m) for m in found if any(_kind(o) == _kind(m) and o.key == m.key for o in earlier)}
    out = previous
    for m in found:
        o = _place_replaced(earlier, m) if _kind(m) == "place" else old.get(_kind(m))
        if o is None or o.key == m.key or _kind(m) in kept:
            continue
        latin = not _CJK.search(m.alias)
        if english == latin:
            new = m.alias
        else:  # a term in the other language: its family name, or the place's shortest full name
            new = m.key.name if hasattr(m.key, "name") else min(sorted(m.key), key=len) if not isinstance(m.key, str) else m.alias
        start = fold(out).find(o.alias)
        if start >= 0:
            out = out[:start] + new + out[start + len(o.alias):]
    return out


def _place_replaced(earlier: list[Mention], place: Mention) -> Mention | None:
    """The earlier question's place a follow-up's place stands in for: one it does not lie in or hold (历城 in 济南,
    长三角 around 上海 narrow nothing it names), a sibling under one parent first (东城区 for 海淀区 of 北京海淀区, 青岛 for
    济南 of 山东济南), else the first; None when every earlier place holds it or lies in it."""
    g = gazetteer()
    apart = [o for o in earlier if _kind(o) == "place" and not g.overlap(o.key, place.key)]
    parents = lambda key: frozenset().union(*(g.ancestors(n) - {n} for n in key))
    return next((o for o in reversed(apart) if parents(o.key) & parents(place.key)), apart[0] if apart else None)


def _new_words(core: str, found: list[Mention], previous: str) -> bool:
    """Whether the follow-up's words beside its sibling terms hold a noun of two characters or more that the earlier
    question lacks (男员工 after 女员工生孩子)."""
    said, terms = fold(previous), {m.alias for m in found}
    return any(len(w) >= 2 and f.startswith("n") and w not in said and not any(w in t or t in w for t in terms)
               for w, f in pos_tokenizer().cut(fold(core)))


def rewrite(question: str, history: list[str]) -> str:
    """The question made standalone from the history (each turn already standalone); unchanged when it is."""
    if not history:
        return question
    previous = asked_part(history[-1])[0].strip()
    if not is_followup(question):
        told = {_kind(m) for m in scope_terms(previous)}
        if _QUESTIONISH.search(previous) or not _CJK.search(previous) \
                or told & {_kind(m) for m in scope_terms(question)}:
            # (a question naming its own place, level or year asks of that one: 甘肃有多少… after 我们公司在杭州。)
            return question
        # the earlier turn only tells the asker's case (我们入驻一家众创空间已经30个月了。): what is asked next is
        # asked of it, so it goes with the question as its context
        return f"{question.strip()}{message('followup_context', previous=previous.rstrip('。'))}"
    body = _LEAD.sub("", question.strip())
    core = _TAIL.sub("", body)
    found = scope_terms(core)
    kinds = {_kind(m) for m in scope_terms(previous)}
    swapping = [m for m in found if _kind(m) in kinds]
    if swapping:
        swapped = _swap(previous, swapping)
        rest = fold(core)
        for m in found:
            rest = rest.replace(m.alias, "")
        rest = re.sub(r"[的，,？?\s]|呢|ones?|levels?", "", rest, flags=re.IGNORECASE)
        if swapped != previous:
            # …unless what is left names someone the earlier question does not (男员工的陪产假呢 after 女员工…产假)
            if (len(rest) <= SAME_QUESTION and not _new_words(core, found, previous)) or not _QUESTIONISH.search(core):
                return swapped
            return f"{body}{message('followup_context', previous=swapped.rstrip('。'))}"
    phrase = _TAIL.sub("", _PRONOUN.sub("", body)).strip(" ，,的")
    if not _QUESTIONISH.search(phrase) and len(phrase) <= SHORT_PHRASE and _nominal(phrase):
        attached = _attach(previous, phrase)
        if attached:
            return attached
    key = "followup_context_en" if not _CJK.search(question) else "followup_context"
    return f"{question.strip()}{message(key, previous=previous.rstrip('。'))}"


def _nominal(phrase: str) -> bool:
    """Whether a phrase only names a thing (省级的, 有限合伙人), with no verb, adverb or conjunction of its own
    (个体户也适用, 最后一步是干嘛, 还在试用期), unless a noun closes it after 的 (做出口为主的企业): only such a
    phrase can stand in the earlier question's place."""
    tags = [(w, f) for w, f in pos_tokenizer().cut(phrase)]
    if tags and tags[-1][1][:1] == "n" and "的" in phrase and tags[0][1] != "c":
        return True  # 做出口为主的企业: a thing, with what it does said before it
    return all(not (f[:1] in ("v", "d", "p", "c") and f != "vn") and f != "ad" for _, f in tags)


KIN_GAP = 4  # characters the earlier name may have between the words it shares with the phrase (独资 of 国有独资公司)


def _kin_span(previous: str, phrase: str) -> tuple[int, int] | None:
    """Where the earlier question names a thing of the phrase's kind: a name that begins and ends as the phrase does,
    in at least two characters each, with other words between (国有独资公司 for 国有控股公司), which the phrase takes
    the place of."""
    for p in range(len(phrase) - 2, 1, -1):  # the longest shared beginning first; two characters or more at the end
        start = previous.find(phrase[:p])
        if start < 0:
            continue
        for q in range(len(phrase) - p, 1, -1):
            end = previous.find(phrase[-q:], start + p)
            if 0 <= end - start - p <= KIN_GAP and previous[start:end + q] != phrase:
                return start, end + q
    return None


def _attach(previous: str, phrase: str) -> str:
    """A bare noun phrase put into the earlier question: in place of a word of it that the phrase extends
    (有限合伙人 for 合伙人), or after its subject (国家级孵化器的在孵企业); "" when neither fits."""
    if not phrase or re.search(r"[A-Za-z]", phrase):
        return ""
    span = _kin_span(previous, phrase)
    if span:
        return previous[:span[0]] + phrase + previous[span[1]:]
    # the longest word first; of as long ones, the phrase's head (its last word), then the earliest: never the
    # order of a set, which changes from one process to the next
    words = {w for w in tokenizer().lcut(previous) if len(w) >= 2}
    for word in sorted(words, key=lambda w: (-len(w), not phrase.endswith(w), previous.find(w))):
        if word in phrase and word != phrase:
            return previous.replace(word, phrase, 1)
    subject = subject_of(previous)
    if subject and len(phrase) <= SHORT_PHRASE and subject in previous:
        return previous.replace(subject, f"{subject}的{phrase}", 1)
    return ""
