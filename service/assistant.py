"""The assistant: validates a question, rewrites follow-ups, retrieves, and composes a cited answer."""

from __future__ import annotations

from collections.abc import Sequence

from corpus.domain import asking_words
from corpus.errors import BadQuestionError
from corpus.messages import message
from corpus.normalize import fold
from index.expand import mandarin
from index.search import Fusion, Hit, Index
from index.segment import tokenizer
from service.answer import Answer
from service.compose import (PART_DEPTH, citation, compose, compose_checks, compose_gaps, eligibility, own_words,
                             prefer_versions, units_from_hits)
from service.followup import asked_part, rewrite, scope_terms
from service.language import detect, localize
from service.llm import LLMWriter
from service.penalty import duty_and_penalty, officials_last, penalty_first
from service.suggest import candidates, fallback, next_headings
from service.support import (Passage, elsewhere, headed_elsewhere, judge, only_dates, other_kind, titled,
                             where_the_asker_is)
from service.understand import Frame, carried_types, searched_text, sought_words, understand
from service.words import shares_words, topic_words, weight

MAX_HISTORY_ITEM = 2000
FOLLOWUP_DOCS = 2  # documents of the earlier turn's hits a follow-up's own words are searched in
DUTY_DEPTH = 3  # the earlier turn's best passages read for a duty whose penalty a follow-up asks
OWN_WEIGHT = 0.5  # what the follow-up's own words count against the whole (with the earlier turn): 1.0
RRF_K = 60  # reciprocal rank fusion's usual constant
UNDATED_DEPTH = 3  # how much deeper a search goes when datelines took places among its hits


class Assistant:
    """Everything a channel needs to answer; holds no HTTP and no settings object."""

    def __init__(self, index: Index, *, fusion: Fusion = Fusion(), top_k: int = 5,
                 max_question_chars: int = 500, max_history: int = 20, llm: LLMWriter | None = None,
                 contact: str = "") -> None:
        self.index = index
        self.llm = llm
        self.fusion = fusion
        self.top_k = top_k
        self.max_question_chars = max_question_chars
        self.max_history = max_history
        self.contact = contact  # who can help when the documents do not answer (POLICYQA_STAFF_CONTACT)

    def check(self, question: object, history: object = ()) -> tuple[str, list[str]]:
        return check_question(question, history, max_chars=self.max_question_chars, max_history=self.max_history)

    def rewrite(self, question: str, history: list[str]) -> str:
        """A follow-up made standalone from the earlier turns (each earlier turn made standalone first)."""
        standalone: list[str] = []
        for turn in history:
            standalone.append(rewrite(mandarin(turn), standalone))
        return rewrite(mandarin(question), standalone)

    def retrieve(self, question: str, *, k: int | None = None, doc_ids: list[str] | None = None) -> list[Hit]:
        return self.index.search(question, k=k or self.top_k, fusion=self.fusion, doc_ids=doc_ids)

    def _undated(self, text: str, frame: Frame, k: int, doc_ids: list[str] | None) -> list[Hit]:
        """The k best hits without the passages that only date a law (2022年7月1日 施行): the asker's own dates
        (这条路是2022年5月大修完工的，计划2024年3月动工) match every law's dateline, and can fill the whole depth
        with them; then searched UNDATED_DEPTH times deeper."""
        hits = self.retrieve(text, k=k, doc_ids=doc_ids)
        kept = [h for h in hits if not only_dates(h.chunk.text, frame)]
        if len(kept) < len(hits):
            kept = [h for h in self.retrieve(text, k=UNDATED_DEPTH * k, doc_ids=doc_ids)
                    if not only_dates(h.chunk.text, frame)][:k]
        return kept or hits

    def _followup_hits(self, asked: str, hits: list[Hit], earlier: list[Hit], k: int) -> list[Hit]:
        """A follow-up that leans on the earlier turn (要是没去备案，会被怎么处理？（上文：…需要去备案吗？）): the
        earlier turn, searched alone (`earlier`), says which documents (the follow-up's own words, 罚 or 审批期限,
        would pull every law that has them); inside those, the passages found with both turns (`hits`) and with
        the follow-up's own words, ranked by both (reciprocal ranks, its own words counting OWN_WEIGHT times).
        Without `earlier` (a turn that only told something), the documents are those both turns found."""
        docs = list(dict.fromkeys(h.chunk.doc_id for h in earlier or hits))[:FOLLOWUP_DOCS]
        own = self.retrieve(asked, k=k, doc_ids=docs)
        if earlier:
            hits = [h for h in hits if h.chunk.doc_id in docs] or hits
        score: dict[int, float] = {}
        by_id: dict[int, Hit] = {}
        for weight, ranked in ((1.0, hits), (OWN_WEIGHT, own)):
            for r, h in enumerate(ranked, 1):
                key = h.chunk.chunk_id
                score[key] = score.get(key, 0.0) + weight / (RRF_K + r)
                by_id.setdefault(key, h)
        return [by_id[i] for i in sorted(score, key=lambda i: -score[i])][:k]

    def followups(self, answer: dict, *, limit: int = 3) -> list[str]:
        """Questions to ask next about a given answer (Answer.full()): the headings after its first cited
        passage, put as questions, kept when the documents answer them."""
        if answer.get("refused") or not answer.get("citations"):
            return []
        cited = answer["citations"][0]
        asked = {answer.get("question"), answer.get("rewritten")}
        out: list[str] = []
        for question in next_headings(self.index, cited["doc_id"], cited["end"]):
            if question not in asked and not self.answer(question, suggest=False, write=False).refused:
                out.append(question)
            if len(out) == limit:
                break
        return out

    def answer(self, question: object, history: Sequence[str] = (), *, k: int | None = None,
               doc_ids: list[str] | None = None, suggest: bool = True, write: bool = True,
               sought_too: bool = True) -> Answer:
        """The cited answer. `suggest`: offer questions on a refusal; `write`: let the LLM (if any) write it;
        `sought_too`: search with the words of the kind of fact asked (罚款 for 会怎么处罚) besides the question's own."""
        question, history = self.check(question, list(history) if isinstance(history, (list, tuple)) else history)
        language = detect(question)
        rewritten = self.index.homophones.correct(self.rewrite(question, history))
        k = k or self.top_k
        frame = understand(rewritten)
        if not frame.places and history and language != "en":
            # the asker's place, said in an earlier turn (我是重庆一家企业的…), is still theirs
            said = next((m for turn in reversed(history) for m in understand(mandarin(turn)).places), None)
            if said is not None:
                rewritten = f"{rewritten}（{said.alias}）"
                frame = understand(rewritten)
        sought = sought_words(frame) if sought_too else ""  # 罚款 for 会怎么处罚
        searched = searched_text(frame)
        hits = self._undated(f"{searched} {sought}" if sought else searched, frame, max(3 * k, 15), doc_ids)
        asked, context = asked_part(rewritten)
        if context and hits:
            # the earlier turn's scope (国家级, 增值税, 杭州, 2023) stays with the follow-up's own words
            scope = [w for w in dict.fromkeys(m.alias for m in scope_terms(context)) if w not in fold(asked)]
            own = " ".join(w for w in (asked, *scope, sought) if w)
            # an earlier turn that asked something says which documents; one that only told (我们公司注册资本500万。)
            # does not
            earlier = [] if history and history[-1].rstrip().endswith(("。", ".")) else \
                self.retrieve(context, k=max(3 * k, 15), doc_ids=doc_ids)
            hits = self._followup_hits(own, hits, earlier, max(3 * k, 15))
            hits = _naming_first(hits, asked, context, carried_types(rewritten))
            if any(t.name == "penalty" for t in understand(asked).types) \
                    and not any(t.name == "penalty" for t in understand(context).types):
                # 没批就装上去的话罚多少？ after a turn that found the duty: the article of the best passage's law
                # punishing it, and the duty (a turn that asked a penalty already found it)
                found = next((f for d in self.retrieve(context, k=DUTY_DEPTH, doc_ids=[hits[0].chunk.doc_id])
                              if (f := duty_and_penalty(self.index, d, asked))), [])
                keys = {(h.chunk.doc_id, h.chunk.chunk_id) for h in found}
                hits = found + [h for h in hits if (h.chunk.doc_id, h.chunk.chunk_id) not in keys]
        hits = [h for h in hits if not only_dates(h.chunk.text, frame)] or hits  # 3月1号 matches 2014年5月1日 施行
        units = units_from_hits(self.index, hits, 3 * k)  # more than k: those in the asker's place may come later
        units = prefer_versions(self.index, units, rewritten)[:2 * k]
        # a list headed for another level than the one asked (省级…认定标准 for 国家级) after the rest; a law's
        # article names levels in its own words, not in a heading
        aside = [not u.is_article and headed_elsewhere(frame, u.section) for u in units]
        units = [u for u, a in zip(units, aside) if not a] + [u for u, a in zip(units, aside) if a]
        # a penalty asked of a duty (树穴没盖会被罚多少？): its law's article that punishes it is read first, whether or not
        # the search found it (it names the act only by the duty's number)
        units = _asker_place_first(frame, officials_last(units, frame, rewritten), rewritten)
        units = penalty_first(self.index, units, frame, rewritten)
        units = self._every_part(frame, units, k)
        # A catalogued item's date (a news story's) is the year of its "now"; a law's file date is its version.
        passages = [Passage(u.doc.text[u.start:u.end], u.section, u.doc.title, u.doc.region, u.hit.score,
                            u.doc.date if u.doc.kind else "") for u in units]
        # A best passage without a vector yet (its document being added) cannot be measured for closeness.
        closest = 1.0 if hits and hits[0].pending else max((h.dense for h in hits if not h.pending), default=0.0)
        verdict = judge(frame, passages, self.index.idf, self.index.homophones.pair_slips(rewritten),
                        dense=closest, idf_max=self.index.idf_max, names=self.index.names, gloss=self.index.bridge.terms)
        if verdict.refused and doc_ids is None and not history and language != "en" and where_the_asker_is(frame) \
                and any(g.kind == "place" for g in verdict.gaps):
            # only other places' rules matched best, and the asker named their place only as where they are (我们在成都
            # 开了家民宿…): their place's own rules and the national ones, searched alone, may hold the answer (a
            # national law on 旅馆, below other cities' 民宿 rules)
            scope = [d.doc_id for d in self.index.documents.values()
                     if not elsewhere(frame, Passage("", "", d.title, d.region))]
            if scope:
                # first searched by the asker's words alone: a rule of their own place that those find (its duty, and
                # that duty its penalty) answers, where the words any sanction has (罚款, 责令改正) would find a national
                # sanction for anything; else searched as any question is (a national law's sanction for their act)
                found = self.answer(question, history, k=k, doc_ids=scope, suggest=False, write=write, sought_too=False)
                if not found.refused and found.citations \
                        and titled(frame, self.index.documents[found.citations[0].doc_id].title):
                    return found
                found = self.answer(question, history, k=k, doc_ids=scope, suggest=False, write=write)
                if not found.refused:
                    return found
        units = [units[i] for i in verdict.order][:k]
        if not verdict.refused:
            units = penalty_first(self.index, units, frame, rewritten, k)
        citations = [citation(i + 1, u, rewritten) for i, u in enumerate(units)]
        refused = verdict.refused or not citations
        confidence = 0.0 if refused else 1.0
        checks = None
        if refused:
            topics = list(dict.fromkeys(u.label or u.doc.title for u in units[:3]))
            text = compose_gaps(verdict.gaps, language, units, citations, rewritten) if verdict.gaps else \
                refusal_text(language, topics, "")
            if self.contact:
                text += "\n" + message("refusal_contact" + ("_en" if language == "en" else ""), contact=self.contact)
            if suggest:  # questions offered instead: only those the documents answer
                topics = [q for q in candidates(units)
                          if not self.answer(q, doc_ids=doc_ids, suggest=False, write=False).refused][:3] or fallback()
        else:
            text = compose(rewritten, units, citations, gaps=verdict.gaps, language=language)
            topics = []
            # a check reads no other place's rule than the asker's (北京's 保修期 for an asker in 山东)
            foreign = {n for n, u in enumerate(units)
                       if elsewhere(frame, _passage(u))}
            # a list for another level or kind than the one named (省级's for a 国家级 question) only when no other bears
            heading = lambda u: f"{u.section} {u.heading.text if u.heading else ''}"
            # 入驻孵化气时: the words a condition has (two-character slips only sound alike: 营收 is no 应收)
            said = [self.index.homophones.correct(mandarin(turn)) for turn in [*history, question]]
            found = eligibility(units, said, language, skip=foreign, gloss=self.index.bridge.terms,
                                aside=lambda u: other_kind(frame, fold(heading(u))))
            if found:
                checks = found.contract()
                # figures that settle something lead; what would settle the quoted rule follows it
                text = f"{compose_checks(found, language)}\n\n{text}" if found.bearing else \
                    f"{text}\n\n{compose_checks(found, language)}"
            written = self.llm.write(rewritten, citations, language=language) if self.llm and write else None
            if written:
                return Answer(question=question, text=written, refused=False, citations=citations,
                              rewritten=rewritten, language=language, confidence=confidence,
                              reason=verdict.reason + "; written by the LLM", checks=checks)
        return Answer(question=question, text=localize(text, language, refused=refused), refused=refused,
                      citations=citations, rewritten=rewritten, language=language, suggestions=topics,
                      confidence=confidence, reason=verdict.reason, checks=checks)

    def _every_part(self, frame: Frame, units: list, k: int) -> list:
        """A question asking two things (监控录像要保存多久？营业日志又要留几天？) is answered by a passage for each. A part
        whose own words (those that say much and no other part has) no passage among the first k names together, with
        the kind of fact it asks, is searched alone in the best passage's document; its best passage that does takes
        the last place among the first k, where the answer's composition finds it for that part."""
        asked = [p for p in frame.asked if p.asking]
        if len(asked) < 2 or frame.english or not units:
            return units
        text = lambda u: fold(f"{u.section} {u.doc.text[u.start:u.end]}")
        out = list(units)
        for part in asked:
            own = own_words(part, frame.asked)
            if not own:
                continue
            answers = lambda u: all(w in text(u) for w in own) and (
                not part.types or any(t.holds(fold(u.doc.text[u.start:u.end])) for t in part.types))
            if any(answers(u) for u in out[:k]):
                continue
            hits = self.retrieve(part.text, k=PART_DEPTH, doc_ids=[out[0].doc.doc_id])
            found = next((u for u in units_from_hits(self.index, hits, PART_DEPTH) if answers(u) and not any(
                o.doc.doc_id == u.doc.doc_id and o.start < u.end and u.start < o.end for o in out[:k])), None)
            if found is not None:  # in place of the last one quoted: the passages found for the whole stay as they are
                at = max(1, min(k, len(out)) - 1)
                out = [*out[:at], found, *out[at:]]
        return out


def _passage(unit) -> Passage:
    """A unit as the refusal check reads it: its text, section, title and region."""
    return Passage(unit.doc.text[unit.start:unit.end], unit.section, unit.doc.title, unit.doc.region)


def _asker_place_first(frame: Frame, units: list, question: str) -> list:
    """A penalty asked in a place the asker names, the best passage another place's (罚多少 in 开封, the best passage
    德州's): the passages of a document titled with the asker's place that hold the asker's words for the act (not
    for the office that acts: 市场监督局 is no act of theirs) first."""
    if not (frame.places and units and any(t.name == "penalty" for t in frame.types)
            and elsewhere(frame, _passage(units[0]))):
        return units
    agency = asking_words()["agency"]
    act = " ".join(w for w in tokenizer().lcut(fold(question)) if not agency.search(w))
    own = [titled(frame, u.doc.title) and shares_words(u.doc.text[u.start:u.end], act) for u in units]
    return [u for u, o in zip(units, own) if o] + [u for u, o in zip(units, own) if not o]


def _naming_first(hits: list[Hit], asked: str, context: str, types: list = ()) -> list[Hit]:
    """A follow-up's hits, those naming every word it brings anew first when the best does not (那湿地保护小区呢？ after
    省级湿地公园…: the article on 湿地保护小区 before the earlier turn's on 省级湿地公园, which both turns' words still
    find); of those, the ones holding a kind of fact asked (`types`: 那调取证据呢？ after …最迟应在多长时间内办完？, a
    time) first."""
    earlier = fold(context)
    new = [w for w in topic_words(fold(asked)) if weight(w) > 0 and w not in earlier]
    if not new:
        return hits
    texts = [fold(f"{' '.join(h.chunk.section)} {h.chunk.text}") for h in hits]
    held = [sum(w in text for w in new) for text in texts]
    holds = [not types or any(t.holds(fold(h.chunk.text)) for t in types) for h in hits]
    if not hits or held[0] == len(new) and holds[0]:
        return hits  # the best already speaks of all that is new
    rank = lambda i: (held[i] < len(new), not holds[i] if held[i] == len(new) else False)  # noqa: E731
    return [hits[i] for i in sorted(range(len(hits)), key=rank)]


def _malformed(text: str) -> bool:
    """Half a UTF-16 pair (a lone surrogate) is no character: such text cannot be read, folded or stored."""
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def check_question(question: object, history: object = (), *, max_chars: int = 500,
                   max_history: int = 20) -> tuple[str, list[str]]:
    """The question stripped and the history as a list, or BadQuestionError saying what is wrong."""
    if not isinstance(question, str) or not question.strip():
        raise BadQuestionError(message("question_empty"))
    question = question.strip()
    if _malformed(question):
        raise BadQuestionError(message("question_malformed"))
    if not any(ch.isalpha() for ch in question):  # ???, ！！！, emoji, 1234567890, zero-width characters
        raise BadQuestionError(message("question_unclear", example=message("web_example_1")))
    if len(question) > max_chars:
        raise BadQuestionError(message("question_too_long", length=len(question), limit=max_chars))
    if history is None:
        history = []
    if not isinstance(history, (list, tuple)) or not all(isinstance(h, str) for h in history):
        raise BadQuestionError(message("history_invalid"))
    if any(_malformed(h) for h in history):
        raise BadQuestionError(message("question_malformed"))
    if len(history) > max_history:
        raise BadQuestionError(message("history_too_long", count=len(history), limit=max_history))
    if any(len(h) > MAX_HISTORY_ITEM for h in history):
        raise BadQuestionError(message("history_item_too_long", limit=MAX_HISTORY_ITEM))
    return question, [h.strip() for h in history if h.strip()]


def refusal_text(language: str, topics: list[str], term: str) -> str:
    suffix = "_en" if language == "en" else ""
    head = message("refusal_scope" + suffix, term=term) if term else message("refusal" + suffix)
    sep = ", " if language == "en" else "、"
    return f"{head}\n{message('refusal_topics' + suffix, topics=sep.join(topics))}" if topics else head
