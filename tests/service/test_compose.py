"""Answer composition: whole articles, the sentence holding the asked fact, no heading alone, no question lead-in."""

from __future__ import annotations

import re

import pytest

from tests.conftest import LAWS, corpus_assistant

DEED_TAX = "经济法/契税法(2020-08-11).md"


@pytest.fixture(scope="module")
def law_assistant(tmp_path_factory, embedder):
    return corpus_assistant(tmp_path_factory, embedder, "laws", {"deed-tax.md": LAWS / DEED_TAX}, seeds=True)


def test_a_short_article_is_quoted_whole(law_assistant):
    answer = law_assistant.answer("买厂房交契税，计税依据按什么算？")
    assert not answer.refused and "成交价格" in answer.text
    c = answer.citations[0]
    assert c.text.startswith("第四条") and "（三）" in c.text  # the whole article is the cited passage


def test_the_sentence_with_the_asked_time_limit_is_quoted(law_assistant):
    answer = law_assistant.answer("契税什么时候要申报缴纳？")
    assert not answer.refused
    assert re.search(r"登记手续前|当日", answer.text)


def test_no_question_form_heading_leads_an_answer(assistant):
    answer = assistant.answer("孵化器能享受哪些税收优惠？")
    assert not answer.refused and "免征" in answer.text
    assert "履行职责：" not in answer.text and "哪些政策优惠和履行职责" not in answer.text


def test_a_heading_is_never_quoted_alone(assistant):
    answer = assistant.answer("国家备案众创空间的服务对象和时限有什么要求？")
    body = re.sub(r"\[\d+\]", "", answer.text.split("，", 1)[-1]).strip()
    assert "24个月" in answer.text or len(body) > 40


def test_no_bare_heading_is_quoted_beside_an_answer_and_an_english_question_for_requirements_gets_the_list(assistant):
    answer = assistant.answer("We are in Lanzhou, Gansu. What does an incubator need to become provincial-level?")
    assert not answer.refused
    quotes = [q.strip() for q in answer.text.split("\n\n")]
    assert not any(re.fullmatch(r"(?:此外|另外)，[^。\n]*？ \[\d+\]", q) for q in quotes)  # （四）…认定标准有哪些？ alone
    assert "（1）" in answer.text and "（5）累计毕业企业数3家以上" in answer.text  # the whole list, not item (6)


PAYMENTS_2020 = "行政法规/保障中小企业款项支付条例(2020-07-05).md"
PAYMENTS_2025 = "行政法规/保障中小企业款项支付条例(2025-03-17).md"


@pytest.fixture(scope="module")
def versions_assistant(tmp_path_factory, embedder):
    return corpus_assistant(tmp_path_factory, embedder, "versions",
                            {rel.split("/")[-1]: LAWS / rel for rel in (PAYMENTS_2020, PAYMENTS_2025)})


def test_the_newest_version_answers_and_is_named(versions_assistant):
    answer = versions_assistant.answer("大型企业拖欠中小企业款项，投诉后多久要处理？")
    assert answer.citations and all("2025-03-17" in c.title for c in answer.citations)


def test_a_version_named_by_its_year_answers(versions_assistant):
    answer = versions_assistant.answer("2020年的保障中小企业款项支付条例对付款期限怎么规定的？")
    assert answer.citations[0].title.endswith("（2020-07-05）")


DISSOLUTION = """# 测试合伙企业条例

## 第五章 解散

第八十五条 合伙企业有下列情形之一的，应当解散：

（一）合伙期限届满，合伙人决定不再经营；

（二）全体合伙人决定解散；

（三）合伙人已不具备法定人数满三十天；

（四）依法被吊销营业执照、责令关闭或者被撤销。

## 第六章 监督检查

第八十八条 市场监督管理部门对合伙企业实施监督检查，可以采取下列措施：

（一）进入经营场所进行检查；

（二）查阅、复制有关合同、账簿。

市场监督管理部门实施监督检查时，检查人员不得少于2人，并应当出示执法证件。

## 第七章 法律责任

第九十条 有下列情形之一的，由市场监督管理部门责令改正，并处一万元以上五万元以下罚款：

（一）采集细胞前未明确告知被采集人采集事项的；

（二）未按照规定储存采集的细胞及其数据的。
"""


def _one_document_assistant(tmp_path_factory, embedder, name: str, text: str):
    """An assistant over one document written for the test."""
    from index.build import build_index
    from service.runtime import load_assistant
    from service.settings import Settings

    corpus = tmp_path_factory.mktemp("one-document-corpus")
    (corpus / name).write_text(text, encoding="utf-8")
    index = tmp_path_factory.mktemp("one-document-index") / "index"
    build_index([corpus], index, embedder)
    return load_assistant(Settings(), index=index, embedder=embedder)


@pytest.fixture(scope="module")
def dissolution_assistant(tmp_path_factory, embedder):
    return _one_document_assistant(tmp_path_factory, embedder, "测试合伙企业条例.md", DISSOLUTION)


def test_an_article_that_lists_cases_is_not_settled_by_the_one_item_a_figure_reaches(dissolution_assistant):
    answer = dissolution_assistant.answer("另一个合伙人退伙了，只剩我一个人已经25天了，企业是不是必须解散？")
    checks = answer.checks
    assert checks is not None and checks["rule"] == "any" and checks["verdict"] == "unknown"  # other cases may hold
    by_verdict = {c["verdict"] for c in checks["conditions"]}
    assert by_verdict == {"not_met", "unknown"} and len(checks["conditions"]) == 4


def test_a_fine_is_checked_against_the_range_an_articles_lead_sets_for_the_cases_it_lists(dissolution_assistant):
    answer = dissolution_assistant.answer("我们采集细胞前没有明确告知采集事项，被罚了8万，这个罚款在规定范围内吗？")
    checks = answer.checks
    assert checks is not None and checks["verdict"] == "not_met"
    assert [c["given"] for c in checks["conditions"]] == ["8万"]


def test_an_articles_paragraph_after_its_unmeasured_items_is_checked_as_a_provision(dissolution_assistant):
    # the numbered measures hold nothing measurable; the paragraph after them holds the asked count
    for came, verdict in (("1个人", "not_met"), ("3个人", "met")):
        answer = dissolution_assistant.answer(f"市场监管来我们合伙企业做监督检查，来了{came}，出示了执法证件，检查人数够吗？")
        checks = answer.checks
        assert checks is not None and checks["verdict"] == verdict, (came, checks)
        assert "不得少于2人" in checks["conditions"][0]["text"]


def test_each_part_of_a_two_part_question_is_quoted_from_the_item_that_answers_it(assistant):
    # the first part is item 3 of the provincial maker-space list, the second its item 4
    answer = assistant.answer("想申请省级众创空间，会议室、洽谈室这些公共地方得占多大比例啊？管理服务的人至少要配几个？")
    assert not answer.refused
    assert "15%" in answer.text and "至少5名" in answer.text


def test_a_follow_up_is_answered_from_its_own_words_inside_the_earlier_documents(law_assistant):
    # The earlier turn (when to file) says which law; the follow-up's own words (inherited: 继承) say which
    # article. Searched as one text, the earlier turn's article (第十条, when to file) came first.
    answer = law_assistant.answer("要是房子是继承来的，还要交吗？", ["契税什么时候要申报缴纳？"])
    assert not answer.refused
    assert "法定继承人" in answer.citations[0].text


@pytest.fixture(scope="module")
def river_assistant(tmp_path_factory, embedder):
    return corpus_assistant(tmp_path_factory, embedder, "river", {
        "river.md": LAWS / "DLC/河南地方法规/地方性法规/河南/濮阳市马颊河保护条例(2019-01-21).md",
        "environment.md": LAWS / "行政法/环境保护法(2014-04-24).md"})


def test_a_follow_ups_documents_are_the_earlier_turns_not_those_its_own_words_pull(river_assistant):
    # The earlier turn found the city's river regulation; searched with the follow-up's words (公开环境信息, 罚),
    # the national environment law's penalty article came first and the answer was refused.
    answer = river_assistant.answer("那被列进名录的企业不按规定公开环境信息，罚多少？", ["马颊河 重点排污单位名录 每年 什么时候公布"])
    assert not answer.refused
    assert "马颊河" in answer.citations[0].title and "重点排污单位未依法公开环境信息的" in answer.citations[0].text


@pytest.fixture(scope="module")
def stamp_assistant(tmp_path_factory, embedder):
    return corpus_assistant(tmp_path_factory, embedder, "stamp", {
        "stamp.md": LAWS / "经济法/印花税法(2021-06-10).md",
        "registration.md": LAWS / "行政法规/公司登记管理条例(2016-02-06).md"}, seeds=True)


def test_an_earlier_turn_that_only_told_something_does_not_choose_the_follow_ups_documents(stamp_assistant):
    # 注册资本500万，今年增资到800万。 asks nothing: searched alone it finds the registration rules, and the
    # follow-up's 印花税 would have been answered from them
    answer = stamp_assistant.answer("那营业账簿的印花税，是不是只要按增加的300万交就行？",
                                    ["我们公司成立时注册资本500万，今年增资到800万。"])
    assert "印花税" in answer.citations[0].title and "已缴纳印花税的营业账簿" in answer.citations[0].text


def _composed(assistant, question: str, scores: list[float]) -> tuple[str, list]:
    """The answer text for the question's passages as retrieved, with these fused scores in their order."""
    from dataclasses import replace

    from service.compose import _compose, citation, units_from_hits

    hits = assistant.retrieve(question, k=10)
    hits = [replace(h, score=s) for h, s in zip(hits, scores + [0.1] * len(hits))]
    units = units_from_hits(assistant.index, hits, 5)
    citations = [citation(i + 1, u, question) for i, u in enumerate(units)]
    return _compose(question, units, citations), units


def test_passages_scoring_close_to_the_first_are_quoted_too_the_later_ones_by_their_best_sentence(assistant):
    from service.compose import BRIEF_FROM, CLOSE_MOST

    question = "孵化器的房产税可以免吗？"
    text, units = _composed(assistant, question, [1.0] * 10)
    quotes = text.split("\n\n")
    assert 2 < len(quotes) <= CLOSE_MOST
    for quote in quotes[BRIEF_FROM:]:
        body = re.sub(r"^(?:根据《[^》]+》[^，]*|此外|另外)，|\s*\[\d+\]$", "", quote)
        assert "\n" not in body and len(re.findall(r"[。；！？]", body.rstrip("。；！？"))) == 0  # one sentence
        assert any(body in u.doc.text for u in units)  # the passage's own words
        assert not body.endswith(("：", ":"))  # never a list's heading alone
    assert len(set(quotes)) == len(quotes)


def test_passages_well_behind_the_first_are_not_quoted(assistant):
    text, _ = _composed(assistant, "孵化器的房产税可以免吗？", [1.0, 0.5, 0.5, 0.5])
    assert "[1]" in text and "[2]" not in text and "[3]" not in text


def test_no_check_reads_a_unit_it_is_told_to_skip(assistant):
    from service.compose import eligibility, units_from_hits

    question = "我们公司去年营收350万，在省级孵化器，能毕业吗？"
    units = units_from_hits(assistant.index, assistant.retrieve(question, k=15), 5)
    found = eligibility(units, [question], "zh")
    assert found is not None
    assert eligibility(units, [question], "zh", skip=set(range(len(units)))) is None


def test_an_english_askers_figures_are_read_with_the_corpus_words_for_their_english_ones(assistant):
    answer = assistant.answer("Our company has been in a provincial incubator for 3 years; angel investment so far is "
                              "RMB 1.5 million. Can we graduate?")
    checks = answer.checks
    assert checks is not None and checks["verdict"] == "met"
    funded = [c for c in checks["conditions"] if "天使投资" in c["text"]]
    assert funded and funded[0]["verdict"] == "met" and funded[0]["given"] == "1.5 million"


def test_a_clause_closed_by_a_semicolon_is_quoted_with_the_rest_of_its_short_sentence():
    from corpus.models import Chunk
    from service.compose import _through, answer_sentences

    text = ("第三十七条 对价格违法行为直接负责的主要人员，可处以五百元以下的罚款；情节严重的，处以五百元以上五千元以下的罚款。"
            "第三十八条 价格监督检查人员应当保守秘密。")
    first = text.index("；") + 1
    assert text[:_through(text, 0, first, len(text))].endswith("五千元以下的罚款。")  # the graded fine goes with it
    assert _through(text, 0, len(text[:text.index("。") + 1]), len(text)) == text.index("。") + 1  # a 。 ends it
    long = "对价格违法行为直接负责的主要人员，可处以罚款；" + "并" * 200 + "。"
    assert _through(long, 0, long.index("；") + 1, len(long)) == long.index("；") + 1  # too long to quote whole
    chunk = Chunk(0, "d", "条例", ("条例",), text, 0, len(text))
    spans = answer_sentences("直接负责的主要人员会被罚款吗？", chunk)
    assert "五百元以上五千元以下" in "".join(text[a:b] for a, b in spans)


def test_a_later_passage_that_is_a_short_paragraph_is_quoted_whole(assistant):
    from service.compose import BRIEF_FROM, BRIEF_WHOLE, _brief, units_from_hits

    question = "Who is a nationally registered maker space meant to serve? Could a small hardware team join, and for how long?"
    units = units_from_hits(assistant.index, assistant.retrieve(question, k=10), 5)
    short = [u for u in units if len(u.chunks) == 1 and not u.chunks[0].is_heading
             and len(re.findall(r"[。；！？]", u.chunks[0].text.rstrip("。；！？"))) >= 1
             and len(u.chunks[0].text) <= BRIEF_WHOLE]
    assert short  # a short paragraph of two sentences (众创空间主要服务于…。入驻时限一般不超过24个月。)
    assert all(_brief(question, u) == u.chunks[0].text.strip() for u in short)
    long = [u for u in units if len(u.doc.text[u.start:u.end]) > 2 * BRIEF_WHOLE and not u.is_list]
    assert all(len(_brief(question, u)) < len(u.doc.text[u.start:u.end]) for u in long)
    assert BRIEF_FROM == 2


SUBSIDY = """# 某市创业场地补贴办法

## 第一章 总则

第一条 为了支持创业，制定本办法。

第二条 创业担保贷款及其贴息，按照国家和省有关规定执行。

## 第二章 场地补贴

第五条 在本市租用场地创业的初创企业，可以申请场地补贴。场地补贴的标准为每平方米每月二十元。单个企业每年领取的场地补贴最高不超过五万元。本条所称初创企业，是指在本市依法登记注册、登记时间不满三年、实际从事生产经营活动的小型微型企业和个体工商户，不包括分支机构以及从事房地产开发、金融投资和类金融业务的企业。初创企业应当诚信经营，不得弄虚作假骗取财政资金。各区应当结合本地实际，统筹安排资金，优化服务流程，提高办事效率，为创业者提供便利，营造良好的创业环境和社会氛围。

场地补贴的期限自入驻之日起计算，最长不超过三年。申请场地补贴应当提交营业执照、场地租赁合同和租金支付凭证等材料。场地补贴由区人力资源社会保障部门受理，经审核符合条件的，按季度拨付。相关部门应当加强对补贴资金使用情况的监督检查，发现问题的及时纠正并依法处理，确保补贴资金安全、规范、有效使用。对以欺骗等不正当手段取得资金的，依法追回并记入信用记录，情节严重的依法追究责任。

第六条 本办法自发布之日起施行。
"""


@pytest.fixture(scope="module")
def subsidy_assistant(tmp_path_factory, embedder):
    return _one_document_assistant(tmp_path_factory, embedder, "subsidy.md", SUBSIDY)


def test_a_long_article_asked_four_things_is_quoted_with_a_sentence_for_each(subsidy_assistant):
    answer = subsidy_assistant.answer("场地补贴的标准、每年上限、期限、申请材料和受理部门都是怎么规定的？")
    assert not answer.refused
    for fact in ("二十元", "三年", "租赁合同", "人力资源社会保障部门"):
        assert fact in answer.text
    assert "统筹安排资金" not in answer.text  # the article's sentences that answer nothing are left out


def test_a_part_that_names_only_a_quantity_is_about_the_subject_asked_before(subsidy_assistant):
    # 一年 says how often, not what about: 最长补几年？ and 要交哪些材料？ still ask of the 场地补贴, which the article gives
    answer = subsidy_assistant.answer("我们在本市租了场地，场地补贴每平方米给多少？一年最多拿多少？最长补几年？要交哪些材料？")
    assert not answer.refused and "二十元" in answer.text and "三年" in answer.text
    assert "没有给出" not in answer.text


def test_a_part_in_everyday_words_is_about_the_specialised_thing_the_part_before_it_names(subsidy_assistant):
    # the 贴息 of a 创业担保贷款 is nowhere in the documents; that the subsidy is paid quarterly does not answer it
    answer = subsidy_assistant.answer("创业担保贷款的贴息比例是多少？是按季度给吗？")
    assert answer.refused
    assert not subsidy_assistant.answer("场地补贴的标准是多少？是按季度给吗？").refused


@pytest.fixture(scope="module")
def probation_assistant(tmp_path_factory, embedder):
    from index.build import build_index
    from service.runtime import load_assistant
    from service.settings import Settings

    corpus = tmp_path_factory.mktemp("probation-corpus")
    (corpus / "劳动用工通则.md").write_text(
        "# 劳动用工通则\n\n第二十一条 劳动合同可以约定试用期。试用期最长不得超过六个月。\n", encoding="utf-8")
    (corpus / "劳动合同试用期规定.md").write_text(
        "# 劳动合同试用期规定\n\n第十九条 劳动合同期限三个月以上不满一年的，试用期不得超过一个月；劳动合同期限一年以上"
        "不满三年的，试用期不得超过二个月；三年以上固定期限和无固定期限的劳动合同，试用期不得超过六个月。\n",
        encoding="utf-8")
    index = tmp_path_factory.mktemp("probation-index") / "index"
    build_index([corpus], index, embedder)
    return load_assistant(Settings(), index=index, embedder=embedder)


def _units_holding(assistant, question: str, *texts: str) -> list[list]:
    """For each text, the units of the question's five best passages that hold it (each found by the search)."""
    from service.compose import units_from_hits

    units = units_from_hits(assistant.index, assistant.retrieve(question, k=5), 5)
    found = [[u for u in units if text in u.doc.text[u.start:u.end]] for text in texts]
    assert all(found)
    return found


def _checks_in_both_orders(assistant, question: str, one: str, other: str) -> list:
    """The checks of a question against the units holding `one` and those holding `other` (both found by the search),
    cited in either order."""
    from service.compose import eligibility

    first, second = _units_holding(assistant, question, one, other)
    return [eligibility(order, [question], "zh") for order in (first + second, second + first)]


def test_a_rule_for_the_askers_own_case_decides_over_a_general_one_quoted_first(probation_assistant):
    question = "签了2年劳动合同，试用期约定的3个月，这样合法吗？"
    for found in _checks_in_both_orders(probation_assistant, question, "最长不得超过六个月", "不满三年"):
        assert found is not None and found.verdict == "not_met"  # 3个月 > 二个月 for a 2-year contract
        assert any("不满三年" in c.text for c in found.conditions)


def test_the_askers_own_years_do_not_pull_in_that_years_statistics(assistant):
    answer = assistant.answer("我们公司2022年营业收入520万元，2023年营业收入500万元，能从国家级孵化器毕业吗？")
    assert answer.checks is not None and answer.checks["verdict"] == "met"  # 连续2年营业收入累计超过1000万元
    assert "截至2022年底" not in answer.citations[0].text


def test_a_question_about_one_level_is_checked_against_that_levels_list(assistant):
    answer = assistant.answer("我们公司前年营业收入520万元，去年营业收入500万元，能从国家级孵化器毕业吗？")
    cited = answer.citations[answer.checks["conditions"][0]["citation"] - 1]
    assert "国家级" in cited.section and "省级科技企业孵化器毕业" not in cited.text  # not the provincial list first cited
    assert any("1000万元" in c["text"] and c["verdict"] == "met" for c in answer.checks["conditions"])


def test_an_english_askers_place_is_said_back_as_a_name():
    from service.compose import describe_gaps
    from service.support import Gap

    assert "no rules for Zhejiang; they only cover 甘肃省" in describe_gaps([Gap("place", "zhejiang", "甘肃省")], "en")
    assert "Kaifeng" in describe_gaps([Gap("place", "kaifeng", "")], "en")
    beijing = describe_gaps([Gap("place", "beijing's", "上海市")], "en")  # the possessive is no part of the name
    assert "no rules for Beijing;" in beijing and "Beijing'S" not in beijing
    assert "Hong Kong" in describe_gaps([Gap("place", "hong kong", "")], "en")
    assert "杭州" in describe_gaps([Gap("place", "杭州", "甘肃省")], "zh")


def test_a_long_articles_first_sentence_and_a_longer_one_from_the_same_start_are_quoted_once(tmp_path, embedder):
    """The lead sentence and an answering stretch that begins with it overlap: the article's words appear once."""
    from index.build import build_index
    from service.runtime import load_assistant
    from service.settings import Settings

    source = LAWS / "行政法规" / "证券公司监督管理条例(2014-07-29).md"
    lines = source.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("第八十四条"))
    end = next(i for i, line in enumerate(lines) if line.startswith("第八十五条"))
    audit = next(line for line in lines if line.startswith("第二十五条"))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "证券公司监督管理条例.md").write_text("# 证券公司监督管理条例\n\n" + audit + "\n\n" + "\n\n".join(lines[start:end]),
                                            encoding="utf-8")
    build_index([corpus], tmp_path / "index", embedder)
    assistant = load_assistant(Settings(), index=tmp_path / "index", embedder=embedder)
    answer = assistant.answer("证券公司高级管理人员离任的，公司应于多长期限内将离任审计报告报送监管机构？逾期未报送有何后果？")
    assert not answer.refused and "2个月内" in answer.text
    assert answer.text.count("第八十四条 证券公司违反本条例的规定") == 1


def test_a_later_passages_lead_that_introduces_items_is_quoted_with_the_item_that_answers():
    """…连同下列文件报…审批： alone says nothing: the brief quote of a later passage carries its best item too."""
    from corpus.models import Chunk, Document
    from index.search import Hit
    from service.compose import Unit, _brief

    lead = "第二十条 筹建工作完成后，申请人应当将填写好的申请表连同下列文件报保险监督管理机构审批："
    items = ["（一）筹建报告；", "（二）拟设公司的章程；", "（三）营业场所所有权或者使用权的证明文件。"]
    text = "\n\n".join([lead, *items])
    doc = Document("d", "外资保险公司管理条例", text, "d.md")
    chunks, at = [], 0
    for n, part in enumerate([lead, *items]):
        at = text.index(part, at)
        chunks.append(Chunk(n, "d", doc.title, (doc.title,), part, at, at + len(part), parent=0))
        at += len(part)
    unit = Unit(Hit(chunks[0], 0.5, 0.5, 1.0, 1, 1), doc, chunks, None, False, 0, len(text), is_article=True)
    quote = _brief("筹建完成后申请审批要交哪些文件？营业场所的证明要不要？", unit)
    assert quote.startswith(lead) and "营业场所所有权或者使用权的证明文件" in quote and not quote.endswith("：")


def _one_law_assistant(tmp_path_factory, embedder, name: str, text: str):
    """An assistant over an index of one law file (name, text), built in the test's temporary folder."""
    from index.build import build_index
    from service.runtime import load_assistant
    from service.settings import Settings

    corpus = tmp_path_factory.mktemp("law-corpus")
    (corpus / f"{name}.md").write_text(text, encoding="utf-8")
    index = tmp_path_factory.mktemp("law-index") / "index"
    build_index([corpus], index, embedder)
    return load_assistant(Settings(), index=index, embedder=embedder)


@pytest.fixture(scope="module")
def prepaid_assistant(tmp_path_factory, embedder):
    return _one_law_assistant(tmp_path_factory, embedder, "预付式消费解释", (
        "# 关于审理预付式消费民事纠纷案件适用法律若干问题的解释\n\n"
        "第十四条 消费者自付款之日起七日内请求经营者返还预付款本金的，人民法院应予支持，但存在下列情形之一的除外：\n\n"
        "（一）消费者订立预付式消费合同时已经从经营者处获得过相同商品或者服务；\n\n"
        "（二）消费者订立预付式消费合同时已经从其他经营者处获得过相同商品或者服务。\n"))


def _check_of(assistant, question: str):
    """The check of a one-turn question against the assistant's five best passages."""
    from service.compose import eligibility, units_from_hits

    return eligibility(units_from_hits(assistant.index, assistant.retrieve(question, k=5), 5), [question], "zh")


def test_an_articles_lead_with_a_limit_is_checked_when_its_numbered_items_are_exceptions(prepaid_assistant):
    for said, verdict in (("今天3月6号", "met"), ("今天3月20号", "not_met")):
        question = f"我3月1号在健身房办了年卡，付了3000块，{said}后悔了，能要求退预付款本金吗？"
        found = _check_of(prepaid_assistant, question)
        assert found is not None and found.verdict == verdict
        assert any("七日内" in c.text for c in found.conditions)


@pytest.fixture(scope="module")
def filing_assistant(tmp_path_factory, embedder):
    return _one_law_assistant(tmp_path_factory, embedder, "法规规章备案条例", (
        "# 法规规章备案条例\n\n"
        "第三条 法规、规章公布后，应当自公布之日起30日内，依照下列规定报送备案：\n\n"
        "（一）地方性法规由省、自治区、直辖市的人民代表大会常务委员会报国务院备案；\n\n"
        "（二）部门规章由国务院部门报国务院备案，两个或者两个以上部门联合制定的规章，由主办的部门报国务院备案；\n\n"
        "（三）较大的市的人民政府规章由较大的市的人民政府报国务院备案，同时报省、自治区人民政府备案。\n"))


def test_an_articles_lead_with_a_limit_is_checked_when_its_items_bear_on_nothing_said(filing_assistant):
    # (二)'s 两个以上部门 is a count the asker says nothing of: the lead's 30日内 is what their two days bear on
    for days, verdict in (("3月28日", "met"), ("4月15日", "not_met")):
        question = f"某较大的市人民政府规章于3月1日公布，{days}报送国务院备案，是否符合法定报送时限？"
        found = _check_of(filing_assistant, question)
        assert found is not None and found.verdict == verdict
        assert any("30日内" in c.text for c in found.conditions)


@pytest.fixture(scope="module")
def secrets_assistant(tmp_path_factory, embedder):
    return _one_law_assistant(tmp_path_factory, embedder, "侵犯商业秘密解释", (
        "# 关于办理侵犯知识产权刑事案件具体应用法律若干问题的解释\n\n"
        "第四条 实施侵犯商业秘密的行为，具有下列情形之一的，应当认定为“给商业秘密的权利人造成重大损失”：\n\n"
        "（一）给商业秘密的权利人造成损失数额在三十万元以上的；\n\n"
        "（二）直接导致商业秘密的权利人因重大经营困难而破产、倒闭的。\n\n"
        "给商业秘密的权利人造成损失数额在二百五十万元以上的，应当认定为“造成特别严重后果”。\n"))


def test_what_the_asker_quotes_decides_which_provision_of_an_article_is_checked(secrets_assistant):
    # the items set 三十万元 for 重大损失; the paragraph after them 二百五十万元 for the 特别严重后果 the asker quotes
    for loss, verdict in (("250万", "met"), ("40万", "not_met")):
        question = f"对手窃取我们的商业秘密，损失正好{loss}，这算“造成特别严重后果”吗？"
        found = _check_of(secrets_assistant, question)
        assert found is not None and found.verdict == verdict
        assert [c.text for c in found.conditions if c.given] == ["给商业秘密的权利人造成损失数额在二百五十万元以上的"]


def test_a_part_of_the_question_is_quoted_from_the_last_passage_cited(assistant):
    from service.compose import _compose, citation, units_from_hits

    first = units_from_hits(assistant.index, assistant.retrieve("孵化器免征哪些税", k=15), 8)
    limit = next(u for u in units_from_hits(assistant.index, assistant.retrieve("在孵时限一般不超过几年", k=10), 5)
                 if "在孵时限" in u.doc.text[u.start:u.end])
    units = [u for u in first if "在孵时限" not in u.doc.text[u.start:u.end]][:4] + [limit]
    question = "孵化器免征哪些税？在孵时限一般不超过几年？"
    text = _compose(question, units, [citation(i + 1, u, question) for i, u in enumerate(units)])
    assert "[5]" in text and "在孵时限" in text  # the fifth passage holds the second part's answer


def test_of_a_list_the_item_with_the_asked_words_and_fact_is_quoted_beside_the_one_found(assistant):
    """至少要多少个工位: the search's best item of the maker-space list is (8) (至少3名 staff), the item that answers
    is (4) (不少于30个创业工位): both are quoted, in reading order."""
    answer = assistant.answer("国家被案众创空间至少要多少个工位")
    assert not answer.refused and "不少于30个创业工位" in answer.text
    assert answer.text.index("不少于30个创业工位") < answer.text.index("至少3名")


ASSISTANCE = """# 测试就业援助规定

第二条 本规定适用于对本市就业困难人员的就业援助。

本规定所称就业困难人员，是指在法定劳动年龄内，有劳动能力和就业愿望，处于无业状态并难以实现就业的本市城乡劳动者，具体范围包括：

（一）属于零就业家庭成员的；

（二）享受城乡居民最低生活保障待遇的；

（三）女满四十周岁以上、男满五十周岁以上的；

（四）连续失业一年以上的。

第三条 演出经纪机构可以从事营业性演出的居间、代理活动。

举办有外国文艺表演团体参加的营业性演出，应当符合下列条件：

（一）有与其举办的营业性演出相适应的资金；

（二）有2年以上举办营业性演出的经历。
"""


@pytest.fixture(scope="module")
def assistance_assistant(tmp_path_factory, embedder):
    return _one_document_assistant(tmp_path_factory, embedder, "测试就业援助规定.md", ASSISTANCE)


def test_a_list_introduced_by_an_articles_second_paragraph_is_read_whole_with_its_leads_rule(assistance_assistant):
    """本规定所称就业困难人员，是指…，具体范围包括：(一)…: every kind is listed and any one is enough, though the
    article's first paragraph says neither."""
    from service.compose import eligibility, units_from_hits

    question = "我们想招一位本地大姐，48岁，失业快两年了，她算不算就业困难人员？"
    units = units_from_hits(assistance_assistant.index, assistance_assistant.retrieve(question, k=5), 5)
    found = eligibility(units, [question], "zh")
    assert found is not None and found.rule == "any" and found.verdict == "met"
    assert any("零就业家庭" in c.text for c in found.conditions)  # the whole list, not the items the figures reach
    assert any("连续失业一年以上" in c.text and c.verdict == "met" for c in found.conditions)
    question = "我们做本地乐队商演快三年了，想请一支外国乐队办专场，我们能办吗？"
    units = units_from_hits(assistance_assistant.index, assistance_assistant.retrieve(question, k=5), 5)
    found = eligibility(units, [question], "zh")
    assert found is not None and found.rule == "all" and found.verdict == "unknown"  # 资金 is not said


def test_a_lead_whose_list_words_come_well_before_its_end_still_introduces_the_items():
    """具备下列条件的，方可由…核发驾驶员客运资格证: the items are a whole list (an item no figure settles stays
    unknown), though the lead goes on for thirty characters after 下列."""
    from service.compose import _INTRODUCES

    assert _INTRODUCES.search("第十一条 具备下列条件的，方可由客运出租汽车管理机构核发驾驶员客运资格证")
    assert not _INTRODUCES.search("第三条 本条例适用于本市行政区域内的客运出租汽车经营。")


def test_a_penalty_articles_sanction_for_a_duty_cited_beside_it_is_quoted():
    """第三十八条 names the act by number only (（七）违反本条例第二十九条…): with 第二十九条 cited too, asked what
    happens, the item for 第二十九条 is quoted through its fine, whatever its words."""
    from corpus.models import Chunk, Document
    from index.search import Hit
    from service.compose import Unit, _quote_article

    source = next((LAWS / "DLC" / "上海地方法规" / "地方性法规" / "上海").glob("上海市测绘管理条例*.md"))
    lines = source.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("第三十八条"))
    end = next(i for i, line in enumerate(lines) if line.startswith("第三十九条"))
    paragraphs = [line for line in lines[start:end] if line.strip()]
    text = "\n\n".join(paragraphs)
    doc = Document("d", "上海市测绘管理条例", text, "d.md")
    chunks, at = [], 0
    for n, part in enumerate(paragraphs):
        at = text.index(part, at)
        chunks.append(Chunk(n, "d", doc.title, (doc.title,), part, at, at + len(part), parent=0))
        at += len(part)
    unit = Unit(Hit(chunks[0], 0.5, 0.5, 1.0, 1, 1), doc, chunks, None, False, 0, len(text), is_article=True)
    question = "要是没送审直接印了呢，会怎么罚？"
    quote = _quote_article(question, unit, frozenset({("d", "第二十九条")}))
    assert "第二十九条第二款、第三款规定的，责令限期改正；逾期未改正的，并处以三百元以上一万元以下的罚款" in quote
    assert "三百元以上一万元以下" not in _quote_article(question, unit)


COPYRIGHT = "DLC/广东地方法规/地方性法规/广东/广东省版权条例(2022-09-29).md"


@pytest.fixture(scope="module")
def copyright_assistant(tmp_path_factory, embedder):
    return corpus_assistant(tmp_path_factory, embedder, "copyright", {"copyright.md": LAWS / COPYRIGHT})


def test_a_question_naming_what_a_list_lists_gets_the_whole_list(copyright_assistant):
    """申请作品登记，应当如实提交下列材料： asked 需要什么材料: every item is the answer, not the paragraph after them that
    names 申请材料 too."""
    answer = copyright_assistant.answer("广东 作品登记 需要什么材料 清单")
    assert not answer.refused, answer.reason
    assert all(item in answer.text for item in ("作品登记申请书", "作品原件或者复制件", "作品说明书", "表明作品权属的相关证明"))


def test_a_list_lead_quoted_alone_starts_where_its_sentence_starts():
    from service.compose import _sentence_start

    text = ("第五十二条 违反本条例规定，有下列情形之一的，由主管部门责令改正，给予警告，对单位处1000元以上1万元以下的罚款；"
            "造成严重后果的，对直接责任人员依法给予处分：\n\n（一）单位未采取防护措施的；")
    lead = text.index("造成严重后果")
    assert _sentence_start(text, lead, 0) == 0
    assert _sentence_start(text, lead, 10) == lead  # the sentence starts before the earliest allowed: the clause alone
    item = text.index("（一）")
    assert _sentence_start(text, item, 0) == item  # after a colon, not a ；


@pytest.fixture(scope="module")
def accidents_assistant(tmp_path_factory, embedder):
    return _one_law_assistant(tmp_path_factory, embedder, "铁路交通事故条例", (
        "# 铁路交通事故应急救援和调查处理条例\n\n## 第二章 事故等级\n\n"
        "第十条 有下列情形之一的，为重大事故：\n\n"
        "（一）客运列车脱轨18辆以上的；\n\n（二）货运列车脱轨60辆以上的。\n\n"
        "第十一条 有下列情形之一的，为较大事故：\n\n"
        "（一）客运列车脱轨2辆以上18辆以下的；\n\n（二）货运列车脱轨6辆以上60辆以下的。\n"))


def test_a_list_that_names_the_category_the_asker_asks_about_decides(accidents_assistant):
    question = "货运列车脱轨了8辆，这个算较大事故吗？"
    for found in _checks_in_both_orders(accidents_assistant, question, "为重大事故", "为较大事故"):
        assert found is not None and found.verdict == "met"  # 8 of 6 to 60, not 60 or more
        assert any("6辆以上60辆以下" in c.text for c in found.conditions)


@pytest.fixture(scope="module")
def bargaining_assistant(tmp_path_factory, embedder):
    return _one_law_assistant(tmp_path_factory, embedder, "工资集体协商条例", (
        "# 某省企业工资集体协商条例\n\n"
        "第二十条 企业工会提出工资集体协商要约，应当听取本企业职工意见。\n\n"
        "第二十一条 职工方和企业方均可以提出工资集体协商要约，被要约方应当自收到要约书之日起十个工作日内给予答复。\n\n"
        "第三十条 企业应当自集体合同生效之日起五日内将文本送达劳动保障行政部门备案。\n"))


def test_a_later_passage_with_measurable_conditions_of_the_askers_words_says_what_would_decide(bargaining_assistant):
    """工会发了要约书…能不能先不答复: the best passage measures nothing, the one of the reply's ten working days tells what
    would decide it (cannot tell: when it was received); a passage measuring something else tells nothing."""
    from service.compose import eligibility

    question = "工会给我们发了工资集体协商要约书，老板觉得要求太高，能不能先不答复？"
    first, reply, filing = _units_holding(bargaining_assistant, question, "听取本企业职工意见", "十个工作日内给予答复",
                                          "五日内将文本送达")
    found = eligibility(first + filing + reply, [question], "zh")
    assert found is not None and found.verdict == "unknown"
    assert [c.text for c in found.conditions] == ["被要约方应当自收到要约书之日起十个工作日内给予答复"]
    assert eligibility(first + filing, [question], "zh") is None


@pytest.fixture(scope="module")
def boat_pass_assistant(tmp_path_factory, embedder):
    return _one_law_assistant(tmp_path_factory, embedder, "沿海船舶边防治安管理条例", (
        "# 某省沿海船舶边防治安管理条例\n\n"
        "第十九条 违反本条例规定，有下列第一项情形的，处一千元以上三千元以下罚款；有下列第二项至第五项情形之一的，处三千元"
        "以上三万元以下罚款：\n\n"
        "（一）因不可抗力等原因进入国家禁止进入的海域，未向公安边防部门报告的；\n\n"
        "（二）未经批准进入临时性警戒区域，经劝阻拒绝驶离的；\n\n"
        "（三）擅自搭靠境外船舶的；\n\n"
        "（四）将境外船舶引领到未向其开放的港口、锚地的；\n\n"
        "（五）发生海事、渔事纠纷，冲撞他人船舶或者非法扣留他人船舶、财物的。\n\n"
        "有前款第五项情形，情节严重的，吊销船舶负责人和直接责任人员的《出海船民证》。《出海船民证》吊销后，六个月内不得重新"
        "申领。\n"))


def test_a_provision_after_the_cases_a_fine_is_for_is_checked_when_the_fines_are_not(boat_pass_assistant):
    """第十九条's lead fines the cases its items list; its last paragraph bars re-applying for six months: the asker's
    seven months are checked against that, and a fine the asker names against the lead's fines."""
    answer = boat_pass_assistant.answer("船长因为渔事纠纷撞了别人的船，出海船民证被吊销了，到现在已经七个月，可以重新申请吗？")
    assert answer.checks is not None and answer.checks["verdict"] == "met"
    assert [c["text"] for c in answer.checks["conditions"]] == ["六个月内不得重新申领"]
    answer = boat_pass_assistant.answer("我们因为渔事纠纷撞了别人的船，被罚了5000块，这个罚款合法吗？")
    assert answer.checks is not None and all("罚款" in c["text"] for c in answer.checks["conditions"])


@pytest.fixture(scope="module")
def groundwater_assistant(tmp_path_factory, embedder):
    return _one_law_assistant(tmp_path_factory, embedder, "水法实施办法", (
        "# 某市实施《中华人民共和国水法》办法\n\n"
        "第二十条 严格限制开采基岩水。确需开采基岩水的，应当经市水务部门批准，并实行限量开采。\n\n"
        "第四十七条 违反本办法第二十条规定，未经批准开采基岩水的，由水务部门责令停止违法行为，并处六万元以上十万元以下的"
        "罚款。\n"))


def test_the_office_that_approves_is_quoted_beside_the_one_that_punishes_acting_unapproved(groundwater_assistant):
    """哪个部门批准？没批就采了罚多少: the penalty article names an office (水务部门责令停止) that does not approve; the
    duty article that says who approves (应当经市水务部门批准) is quoted for that part."""
    answer = groundwater_assistant.answer("开采基岩水要哪个部门批准？没批就采了会罚多少钱？")
    assert not answer.refused
    assert "经市水务部门批准" in answer.text and "六万元以上十万元以下" in answer.text



def test_a_question_whether_one_meets_a_list_of_requirements_gets_the_whole_list():
    """应当具备下列条件： asked 够办…许可证吗: the requirements are the answer, not the lead with the paragraph after them."""
    from service.compose import _asks_listed

    lead = "从事瓶装燃气经营的单位和个人，应当具备下列条件："
    assert _asks_listed("有2个持证的技术员，仓库200平方米，够办瓶装燃气经营许可证吗？", lead)
    assert not _asks_listed("瓶装燃气经营许可证由哪个部门发？", lead)
    assert not _asks_listed("够办瓶装燃气经营许可证吗？", "瓶装燃气经营者应当遵守下列规定：")
