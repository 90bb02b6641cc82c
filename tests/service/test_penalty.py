"""The penalty for a duty: the article of the same law citing the duty's article comes first (service/penalty.py)."""

from __future__ import annotations

import pytest

from tests.conftest import LAWS, corpus_assistant

SAFETY = "DLC/浙江地方法规/地方性法规/浙江/宁波市生产经营单位安全生产主体责任规定(2021-04-02).md"


@pytest.fixture(scope="module")
def safety_assistant(tmp_path_factory, embedder):
    return corpus_assistant(tmp_path_factory, embedder, "safety", {"safety.md": LAWS / SAFETY})


def test_the_article_setting_the_penalty_for_the_duty_asked_about_comes_first(safety_assistant):
    """第九条 names the detectors the question names; 第二十九条 only cites 第九条 and sets the fine."""
    answer = safety_assistant.answer("宁波的生产经营单位在易燃易爆危险化学品场所没装可燃有毒气体检测报警系统，会怎么处罚？")
    assert not answer.refused
    first = answer.citations[0].text
    assert first.startswith("第二十九条") and "违反本规定第九条" in first and "罚款" in first
    assert any(c.text.startswith("第九条") for c in answer.citations[1:])


def test_a_question_asking_no_penalty_keeps_the_duty_first(safety_assistant):
    answer = safety_assistant.answer("宁波的生产经营单位在易燃易爆危险化学品场所要装什么检测报警系统？")
    assert not answer.refused and answer.citations[0].text.startswith("第九条")


FIRE = "DLC/广东地方法规/地方性法规/广东/汕头经济特区消防条例(2022-12-30).md"


@pytest.fixture(scope="module")
def fire_assistant(tmp_path_factory, embedder):
    return corpus_assistant(tmp_path_factory, embedder, "fire", {"fire.md": LAWS / FIRE})


def test_a_follow_up_asking_the_penalty_gets_the_article_punishing_the_duty_the_earlier_turn_found(fire_assistant):
    """The follow-up's own words (许可, 营业, 罚) match many penalty articles; 第六十六条 names the act only as breaking
    第三十八条, the duty the earlier turn asked about."""
    answer = fire_assistant.answer("如果没等消防许可下来就先开门营业了，会罚多少？",
                                   ["在汕头开一家800平米的KTV，开业前要做消防安全检查吗？"])
    assert not answer.refused
    first = answer.citations[0].text
    assert first.startswith("第六十六条") and "违反本条例第三十八条" in first
    assert any(c.text.startswith("第三十八条") for c in answer.citations[1:])


WATER = "DLC/山东地方法规/地方性法规/山东/枣庄市饮用水水源保护条例(2018-12-04).md"
CONSUMER = "部门规章/市场监督管理总局/侵害消费者权益行为处罚办法(2015-01-05).md"


@pytest.fixture(scope="module")
def water_assistant(tmp_path_factory, embedder):
    return corpus_assistant(tmp_path_factory, embedder, "water", {"water.md": LAWS / WATER, "consumer.md": LAWS / CONSUMER})


def test_a_first_question_asking_the_penalty_of_a_duty_is_answered_by_the_article_the_search_did_not_find(water_assistant):
    """第十六条 (what 准保护区 forbids) is found, 第四十一条 (违反本条例第十六条…的，…罚款) is not among the passages: read
    first, it gives the penalty asked, so the question is not refused as if no passage gave one."""
    answer = water_assistant.answer("枣庄 饮用水 准保护区 化工原料 贮存场所 罚款")
    assert not answer.refused, answer.reason
    first = answer.citations[0].text
    assert first.startswith("第四十一条") and "违反本条例第十六条" in first
    assert any(c.text.startswith("第十六条") for c in answer.citations[1:])


DUST = "DLC/山东地方法规/地方性法规/山东/德州市扬尘污染防治条例(2019-02-13).md"
CYCLE = "DLC/山东地方法规/地方性法规/山东/山东省循环经济条例(2016-07-22).md"


@pytest.fixture(scope="module")
def dust_assistant(tmp_path_factory, embedder):
    return corpus_assistant(tmp_path_factory, embedder, "dust", {"dust.md": LAWS / DUST, "cycle.md": LAWS / CYCLE})


def test_a_duty_in_the_second_paragraph_of_its_article_gets_the_penalty_for_that_paragraph(dust_assistant):
    """The duty found is a list in 第十九条's second paragraph (城市道路绿化作业…); 第三十八条 punishes 第十九条第一款
    and 第十九条第二款 with different fines, and is read first."""
    answer = dust_assistant.answer("我们绿化公司在德州给城市道路栽行道树，树穴挖好了没及时种上，种植土也没盖，会被罚多少钱？")
    assert not answer.refused, answer.reason
    assert answer.citations[0].text.startswith("第三十八条")
    assert "五千元以上三万元以下" in answer.text


def test_an_article_naming_the_act_rather_than_the_number_punishes_the_duty_it_repeats(dust_assistant):
    """第五十条 says 违反本条例规定，…未配套建设再生水利用设施的，…罚款: no article number, the duty's own words; 会怎么处理
    after the act asks what follows."""
    answer = dust_assistant.answer("山东新建的工厂日均排水量500立方米，不配套建再生水利用设施的话会怎么处理？")
    assert not answer.refused, answer.reason
    assert answer.citations[0].text.startswith("第五十条")
    assert "十万元以上二十万元以下" in answer.text


def test_paragraphs_and_acts_are_read_from_the_article_text():
    from service.penalty import _describes, _enclosing, _paragraphs

    law = "第一条 总则。\n\n第二条 甲应当做某事。\n\n城市道路作业，应当采取下列措施：\n\n（一）覆盖种植土；\n\n（二）洒水。\n"
    assert _enclosing(law, law.index("城市道路"))[1:] == ("第二条", 2)
    assert _enclosing(law, law.index("（二）"))[1:] == ("第二条", 2)
    assert _enclosing(law, law.index("甲应当"))[1:] == ("第二条", 1)
    assert _paragraphs("违反本条例第二条第二款规定的，处罚款。", "第二条") == {2}
    assert _paragraphs("违反本条例第二条规定的，处罚款。", "第二条") is None
    duty = "第二十六条 新建、改建和扩建下列建设项目，建设单位应当按照再生水利用设施建设规范和标准，配套建设再生水利用设施："
    named = "第五十条 违反本条例规定，新建、改建、扩建建设项目，建设单位未配套建设再生水利用设施的，由有关部门处十万元以上二十万元以下罚款。"
    other = "第五十一条 违反本条例规定，集中连片的渔业养殖区未建设配套的污水处理设施的，处三万元以上十万元以下罚款。"
    assert _describes(named, duty) and not _describes(other, duty)
    assert not _describes("第五十二条 违反本条例第二十六条规定的，处罚款。", duty)  # cites by number: _cites decides


CONTRACTS = "DLC/浙江地方法规/地方性法规/浙江/浙江省合同行为管理监督规定.md"


@pytest.fixture(scope="module")
def contracts_assistant(tmp_path_factory, embedder):
    return corpus_assistant(tmp_path_factory, embedder, "contracts", {"contracts.md": LAWS / CONTRACTS})


def test_a_sanction_found_below_the_best_passage_comes_first_when_its_duty_speaks_of_the_question(contracts_assistant):
    """第二十七条 (经营者违反第十三条规定的，…予警告) is found below passages on other matters; the duty it cites, 第十三条
    (格式条款…报…工商行政管理部门备案), holds more of the question than the best passage does."""
    answer = contracts_assistant.answer("要是一直没去备案，会被怎么处理？", ["我们在杭州做长租公寓，租房合同都是自己拟的固定格式条款模板，要不要去工商备案？"])
    assert not answer.refused, answer.reason
    assert answer.citations[0].text.startswith("第二十七条")
    assert "警告" in answer.text


JINING = "DLC/山东地方法规/地方性法规/山东/济宁市文明行为促进条例(2019-07-29).md"


@pytest.fixture(scope="module")
def civility_assistant(tmp_path_factory, embedder):
    return corpus_assistant(tmp_path_factory, embedder, "civility", {"civility.md": LAWS / JINING})


def test_a_paragraph_of_the_duty_s_own_article_citing_its_item_sets_the_penalty(civility_assistant):
    """第九条's item （二） bans smoking where it is banned; its next paragraph (违反前款第（二）项规定的，…对经营管理单位处
    五百元以上三千元以下罚款) is the penalty, in the same article, citing the item by its number only. The asker says 抽烟
    (the law 吸烟), 店里 (where they are) and 会不会 (neither is what they ask of)."""
    answer = civility_assistant.answer("济宁的饭店包间里客人抽烟，我们店里要是不管，会不会罚钱？罚多少？")
    assert not answer.refused, answer.reason
    assert "五百元以上三千元以下" in answer.text


def test_an_items_own_article_is_searched_for_the_paragraph_citing_it():
    """An item of a long article (quoted paragraph by paragraph) whose article punishes it further on (违反前款第（二）项
    规定的): that paragraph is where its penalty starts; an item it does not cite has none there."""
    from types import SimpleNamespace

    from service.penalty import _within_own_article

    law = ("第八条 总则。\n\n第九条 公民应当遵守下列规定：\n\n（一）不随地吐痰；\n\n（二）不在禁止吸烟的场所吸烟；\n\n"
           "（三）爱护公共设施；\n\n违反前款第（二）项规定的，由卫生健康主管部门处二十元以下罚款。\n\n第十条 其他。\n")
    unit = lambda text: SimpleNamespace(doc=SimpleNamespace(text=law), start=law.index(text),  # noqa: E731
                                        end=law.index(text) + len(text))
    assert _within_own_article(unit("（二）不在禁止吸烟的场所吸烟；")) == law.index("违反前款第（二）项")
    assert _within_own_article(unit("（三）爱护公共设施；")) is None
    assert _within_own_article(unit("第十条 其他。")) is None


RELICS = "DLC/山东地方法规/地方性法规/山东/淄博市文物保护管理办法(2020-09-28).md"
PROPERTY = "DLC/浙江地方法规/地方性法规/浙江/湖州市物业管理条例(2021-04-06).md"


@pytest.fixture(scope="module")
def relics_assistant(tmp_path_factory, embedder):
    return corpus_assistant(tmp_path_factory, embedder, "relics",
                            {"relics.md": LAWS / RELICS, "property.md": LAWS / PROPERTY})


def test_an_article_citing_the_duty_after_naming_its_law_punishes_it():
    """违反本办法规定，有第十一条第一项至六项行为之一的: the article number follows the law's name and 规定，有."""
    from corpus.domain import cited_duties

    assert cited_duties("第三十一条 违反本办法规定，有第十一条第一项至六项行为之一的，由文物行政部门责令限期改正；"
                        "逾期不改正的，处五万元以上五十万元以下罚款") == {"第十一条"}
    assert cited_duties("违反本办法规定，擅自设置户外广告的，处一千元罚款") == set()


def test_the_penalty_of_an_item_cited_after_the_law_s_name_is_quoted(relics_assistant):
    answer = relics_assistant.answer("在淄博的文物保护单位保护范围内擅自设置户外广告设施，会被罚多少钱？")
    assert not answer.refused, answer.reason
    assert "五万元以上五十万元以下" in answer.text


def test_asked_whether_they_may_and_the_penalty_the_duty_punished_comes_second(relics_assistant):
    """第四十九条 punishes breaking 第十八条 by its number; the asker also asks whether it is allowed, which 第十八条
    answers (业主委员会成员…不得有下列行为：（一）本人、配偶及其直系亲属在…物业服务企业任职或者投资入股)."""
    answer = relics_assistant.answer("湖州的业委会委员，他老婆能在我们小区的物业公司投资入股吗？不行的话业委会委员会被怎么罚？")
    assert not answer.refused, answer.reason
    texts = [c.text for c in answer.citations]
    assert texts[0].startswith("第四十九条") and texts[1].startswith("第十八条")
    assert "投资入股" in answer.text and "一千元以上一万元以下" in answer.text
    # asked the penalty alone, the duty is not pulled in beside it
    alone = relics_assistant.answer("湖州业委会委员违反第十八条的禁止行为，会被怎么罚？")
    assert alone.citations[0].text.startswith("第四十九条")


GUANGDONG_FIRE = "DLC/广东地方法规/地方性法规/广东/广东省森林防火条例(2021-09-29).md"
ZHEJIANG_FIRE = "DLC/浙江地方法规/地方性法规/浙江/浙江省森林消防条例(2009-11-27).md"


@pytest.fixture(scope="module")
def forest_fire_assistant(tmp_path_factory, embedder):
    return corpus_assistant(tmp_path_factory, embedder, "forest-fire",
                            {"guangdong.md": LAWS / GUANGDONG_FIRE, "zhejiang.md": LAWS / ZHEJIANG_FIRE})


def test_of_two_sanctions_the_one_punishing_the_askers_act_is_quoted(forest_fire_assistant):
    """梅州 is in 广东: 浙江's fines match the words best, and 广东's 第四十二条 (officials' failings) is the best of its
    own; 第四十三条 punishes 第二十四条 (上坟烧纸、烧香点烛), the asker's act, and is the one quoted."""
    answer = forest_fire_assistant.answer("我们在梅州做祭扫代办服务，清明节帮客户上山扫墓，能不能烧纸点蜡烛啊？"
                                          "要是被林业部门查到，公司会被罚多少？")
    assert not answer.refused, answer.reason
    assert answer.citations[0].text.startswith("第四十三条") and "一万元以上三万元以下" in answer.text
    assert forest_fire_assistant.index.documents[answer.citations[0].doc_id].title.startswith("广东省森林防火条例")


KAIFENG = "DLC/河南地方法规/地方性法规/河南/开封市城市市容和环境卫生管理条例(2019-01-21).md"
DEZHOU = "DLC/山东地方法规/地方性法规/山东/德州市城乡容貌和环境卫生管理条例(2018-01-24).md"


@pytest.fixture(scope="module")
def two_cities_assistant(tmp_path_factory, embedder):
    return corpus_assistant(tmp_path_factory, embedder, "cities", {"kaifeng.md": LAWS / KAIFENG, "dezhou.md": LAWS / DEZHOU})


def test_a_penalty_asked_in_a_named_city_is_read_from_that_citys_rule(two_cities_assistant):
    """派发传单 in 开封: 德州's article on 散发商业广告 names the act and the fine best, but 开封's own rule (第十八条
    bans it, 第三十七条 fines it by number) is the one asked about."""
    answer = two_cities_assistant.answer("請問在開封街上派發傳單、發經營性廣告會被罰款嗎？大概罰多少？")
    assert not answer.refused, answer.reason
    assert "开封" in answer.citations[0].title and "二十元以上二百元以下" in answer.citations[0].text
    assert not any("德州" in c.title for c in answer.citations[:2])


EXPRESS = "DLC/浙江地方法规/地方性法规/浙江/浙江省快递业促进条例(2021-09-30).md"


@pytest.fixture(scope="module")
def express_assistant(tmp_path_factory, embedder):
    return corpus_assistant(tmp_path_factory, embedder, "express", {"express.md": LAWS / EXPRESS})


def test_the_duty_a_penalty_cites_is_read_second_though_the_search_found_it_further_down(express_assistant):
    """第四十八条 punishes breaking 第三十七条第一款 (…自接到投诉之日起七日内予以处理): asked both the time and the penalty,
    the duty comes second even where the search put it fifth, after other penalty articles."""
    answer = express_assistant.answer("我们在杭州开了个快递网点，客户投诉派件慢，我们得在几天之内处理完回复人家啊？要是超时没处理，会被罚吗？")
    assert not answer.refused, answer.reason
    assert answer.citations[0].text.startswith("第四十八条") and answer.citations[1].text.startswith("第三十七条")
    assert "七日内" in answer.text and "一千元以下" in answer.text


ENERGY = "DLC/河南地方法规/地方性法规/河南/河南省节约能源条例(2017-12-04).md"


@pytest.fixture(scope="module")
def energy_assistant(tmp_path_factory, embedder):
    return corpus_assistant(tmp_path_factory, embedder, "energy", {"energy.md": LAWS / ENERGY})


def test_a_founders_penalty_is_not_the_one_on_the_offices_staff(energy_assistant):
    """不配合节能检查 (a firm's act): 第四十三条 (妨碍节能监督检查…一万元以上三万元以下罚款) answers, not 第四十七条 on the
    staff of 发展改革部门、节能监察机构 (依法给予处分), which the asker's words for the office match better; an asker
    who says they are such staff is asked about that article."""
    answer = energy_assistant.answer("我们在河南新乡开了个厂，发改委节能监察的人要来检查，要是我们不配合、不给数据，会被怎么处理、罚多少钱啊？")
    assert not answer.refused, answer.reason
    assert answer.citations[0].text.startswith("第四十三条")
    assert "一万元以上三万元以下" in answer.text
    staff = energy_assistant.answer("我是发改委节能监察机构的工作人员，对违法用能行为不查处，会受到什么处理？")
    assert staff.citations[0].text.startswith("第四十七条")


PRICES = "DLC/山东地方法规/地方性法规/山东/青岛市价格条例(2018-11-30).md"


@pytest.fixture(scope="module")
def prices_assistant(tmp_path_factory, embedder):
    return corpus_assistant(tmp_path_factory, embedder, "prices", {"prices.md": LAWS / PRICES})


def test_an_article_that_fines_the_askers_kind_beside_the_offices_staff_still_answers(prices_assistant):
    """第三十条 fines 中介机构 that charge in an office's name (并处二千元以上一万元以下罚款) and has the staff of offices
    sanctioned beside them: it is no article on staff alone, and answers."""
    answer = prices_assistant.answer("在青岛，中介机构以国家机关名义强制提供服务并收费的，应承担何种法律责任？")
    assert not answer.refused, answer.reason
    assert "二千元以上一万元以下" in answer.text
