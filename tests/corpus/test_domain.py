"""Domain knowledge as data: places with containment, term families, answer types."""

from __future__ import annotations

import pytest

from corpus.domain import answer_types, cited_duties, families, gazetteer, sibling_mentions
from corpus.normalize import fold


def names(text: str, **kw) -> list[set[str]]:
    return [set(n) for n in gazetteer().names(fold(text), **kw)]


def test_every_province_and_its_cities_are_known():
    g = gazetteer()
    provinces = [p for ps in g.places.values() for p in ps if p.level == "province"]
    assert len(provinces) == 34
    assert g.within(frozenset({"兰州市"}), frozenset({"甘肃省"}))
    assert g.within(frozenset({"郫都区"}), frozenset({"四川省"}))
    assert not g.within(frozenset({"杭州市"}), frozenset({"甘肃省"}))


@pytest.mark.parametrize("text, expected", [
    ("我们公司在兰州", {"兰州市"}), ("浦东张江的公司", {"浦东新区"}), ("we are based in chengdu", {"成都市"}),
    ("郫都的京东云创空间", {"郫都区"}), ("Hong Kong founders", {"香港特别行政区"}),
    ("Does Shandong's regulation give us tax breaks?", {"山东省"}), ("under Henan’s rules", {"河南省"}),
])
def test_places_are_found_by_full_short_and_english_names(text, expected):
    assert expected in names(text)


def test_zones_lie_in_their_cities_and_a_city_overlaps_its_zone():
    g = gazetteer()
    zone = frozenset({"郑洛新国家自主创新示范区"})
    assert g.within(zone, frozenset({"河南省"}))
    assert g.overlap(frozenset({"郑州市"}), zone) and g.overlap(frozenset({"深圳市"}), frozenset({"广东省"}))


def test_a_special_economic_zone_is_its_whole_city():
    """深圳经济特区's regulations hold in every district of Shenzhen; a zone that is part of a city (前海) does not
    hold a district it does not lie in."""
    g = gazetteer()
    nanshan, futian = frozenset({"南山区"}), frozenset({"福田区"})
    assert g.overlap(nanshan, frozenset({"深圳经济特区"})) and g.overlap(frozenset({"深圳经济特区"}), futian)
    assert not g.overlap(futian, frozenset({"前海"}))
    assert not g.overlap(frozenset({"福州市"}), frozenset({"深圳经济特区"}))


def test_county_short_names_are_not_read_inside_legal_words():
    assert names("中华人民共和国会同有关部门", loose=False) == []
    # 会同县级以上地方人民政府: 会同 (together with) 县级 (county-level), not 会同县; 杭州市级 is still 杭州
    assert names("由铁路监督管理机构会同县级以上地方人民政府划定", loose=False) == []
    assert names("杭州市级财政", loose=False) == [{"杭州市"}]
    # 城市郊区, 城区: in a law a common word, though 阳泉市 has districts of those names
    assert names("城市郊区居民居住区为15米；城区道路", loose=False) == []
    assert names("阳泉郊区", loose=True)


def test_a_longer_term_hides_the_one_inside_it():
    found = [(m.key.name, m.alias) for m in sibling_mentions(fold("土地增值税和企业所得税，VAT"))]
    assert found == [("土地增值税", "土地增值税"), ("企业所得税", "企业所得税"), ("增值税", "vat")]


def test_families_and_answer_types_load():
    assert {f.name for f in families()} >= {"level", "tax", "carrier", "entity"}
    kinds = {t.name: t for t in answer_types()}
    assert kinds["amount"].asked.search("能拿多少钱") and kinds["amount"].held.search("奖励五万元")
    assert kinds["duration"].held.search("应当于三十日内") and not kinds["duration"].held.search("应当及时")
    assert kinds["price"].asked.search("工位一般多少钱一个月") and not kinds["price"].held.search("投资7.62亿元")
    # a figure is held in any unit quantities.toml knows, not only in a list of its own
    assert kinds["figure"].held.search("每年接受继续教育的时间累计不少于８０学时") and kinds["figure"].held.search("每亩三万元")
    assert not kinds["figure"].held.search("第八十条 专业技术人员应当参加继续教育")


def test_an_autonomous_county_goes_by_its_name_without_its_nationalities_and_names_read_left_to_right():
    assert names("景宁畲族自治县") == [{"景宁畲族自治县"}] and names("我在丽水景宁") == [{"丽水市"}, {"景宁畲族自治县"}]
    assert gazetteer().within(frozenset({"景宁畲族自治县"}), frozenset({"浙江省"}))
    assert {"六盘水市"} in names("六盘水")  # 水 alone is no nationality to drop
    assert names("我们在上海南汇") == [{"上海市"}]  # no 海南 across two names


def test_a_short_name_several_places_share_stands_for_all_of_them():
    [chaoyang] = names("我们在朝阳新开了家店")
    assert {"朝阳区", "朝阳市"} <= chaoyang
    assert gazetteer().within(frozenset(chaoyang), frozenset({"北京市"}))
    assert gazetteer().within(frozenset(chaoyang), frozenset({"辽宁省"}))
    assert names("我们在通州") == [{"通州区"}] and gazetteer().within(frozenset({"通州区"}), frozenset({"北京市"}))
    assert names("鼓楼大街", loose=False) == []  # a county's short name in a passage is no place: too often a word


def test_the_wording_of_conditions_loads_as_patterns():
    from corpus.domain import condition_words, marker_words

    words = condition_words()
    assert words["fine_base"].search("违法经营额五万元以上的") and words["total"].search("In total we have 40")
    assert "累计" in marker_words()


def test_a_level_of_government_that_acts_is_not_the_level_asked():
    """省级 of 省级交通运输主管部门 or 市级人民政府 names who acts, not a 省级 policy; 省级孵化器认定管理部门 keeps its level
    (a term stands between the level and the department)."""
    names = lambda text: [m.alias for m in sibling_mentions(fold(text))]
    assert "省级" not in names("尚未向省级交通运输主管部门备案，还在期限内吗？")
    assert "市级" not in names("要报市级人民政府批准吗？")
    assert "省级" in names("省级孵化器认定管理部门是哪个？")
    assert "省级" in names("省级众创空间的认定条件")


def test_a_sanction_names_the_articles_of_its_own_law_it_is_for_with_or_without_ben_tiaoli():
    """违反本条例第十条、第十一条规定的 and a local regulation's bare 违反第二十六条第二款规定的 cite their own law's articles;
    违反《…法》第十条 cites another law's."""
    assert cited_duties("违反本条例第十条、第十一条规定的，处一千元罚款") == {"第十条", "第十一条"}
    assert cited_duties("（五）违反第二十六条第二款规定的，依法予以拆除，并处以二百元以上一千元以下罚款") == {"第二十六条"}
    assert cited_duties("违反《中华人民共和国大气污染防治法》第十条规定的，依照该法处罚") == set()
