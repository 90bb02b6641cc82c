"""Rewrites an elliptical follow-up (那省级的呢？/ what about provincial ones?) into a standalone question."""

from __future__ import annotations

import re

# Terms that stand in for each other: a follow-up naming one swaps it for its partner in the previous question.
# Longest first within a slot, so 国家备案众创空间 wins over 众创空间.
SLOTS: list[list[str]] = [
    ["国家级", "省级", "市级", "市县级", "区县级", "国家备案"],
    ["科技企业孵化器", "孵化器", "众创空间", "大学科技园", "加速器", "创客空间"],
    ["城镇土地使用税", "企业所得税", "个人所得税", "房产税", "增值税", "所得税", "印花税", "税"],
    ["生物医药", "现代农业", "集成电路", "软件", "新材料"],
    ["毕业", "认定", "申请", "备案"],
    # Places: a question about one the passages do not name, while they name others, is out of their scope.
    ["北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
     "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "内蒙古", "广西",
     "西藏", "宁夏", "新疆", "香港", "澳门", "台湾", "深圳", "广州", "杭州", "南京", "苏州", "武汉", "成都", "西安",
     "兰州", "厦门", "青岛", "宁波", "合肥", "长沙", "郑州", "济南", "沈阳", "大连", "哈尔滨", "长春", "昆明", "贵阳",
     "南宁", "福州", "南昌", "太原", "石家庄", "天水", "无锡", "东莞", "佛山", "珠海", "雄安"],
    ["national-level", "provincial-level", "national", "provincial", "municipal", "city-level"],
    ["incubators", "incubator", "maker spaces", "maker space", "makerspaces", "makerspace"],
]
_LEAD = re.compile(r"^(那么|那|还有|另外|然后|再问一下|再问|and then|and|so|what about|how about|what of)\s*[，,]?\s*",
                   re.IGNORECASE)
_TAIL = re.compile(r"(的)?(呢|吗|嘛|啊|呀)?[？?。!！\s]*$")
_PRONOUN = re.compile(r"^(它们|它|其|该|这个|这些|那个|那些|这里|这|那里)|\b(it|they|them|those|these|ones)\b", re.IGNORECASE)
_SUBJECT_STRIP = re.compile(r"^(请问|关于|企业从|企业在|从|在|对|申请认定|申请|认定|入驻|成为)+")
_SUBJECT_END = re.compile(r"(是|的|有|能|可以|可|需要|要|都|怎么|如何|多少|什么|哪|，|,|？|\?|里|中|毕业|开在|发起|满足)")
_QUESTIONISH = re.compile(r"(什么|哪|多少|几|怎么|如何|是否|能否|吗|呢|\?|？|what|how|which|when|who|why)", re.IGNORECASE)


def _slot_terms(text: str) -> list[tuple[int, str]]:
    """(slot, term) pairs found in the text, longest term per position."""
    found = []
    lower = text.lower()
    for slot, terms in enumerate(SLOTS):
        for term in terms:
            if term.lower() in lower:
                found.append((slot, term))
                break
    return found


def subject_of(question: str) -> str:
    """The topic phrase a question opens with: 海创汇是什么 -> 海创汇; 申请国家级孵化器要多大场地 -> 国家级孵化器."""
    core = _SUBJECT_STRIP.sub("", question.strip())
    m = _SUBJECT_END.search(core)
    subject = core[: m.start()] if m else core
    return subject.strip(" ：:，,") if 2 <= len(subject) <= 20 else ""


def is_followup(question: str) -> bool:
    q = question.strip()
    if _LEAD.match(q) or _PRONOUN.search(q):
        return True
    core = _TAIL.sub("", q)
    if q.rstrip("？?").endswith("呢") and len(core) <= 15:
        return True
    words = q.split()
    if len(words) > 1:  # English
        return len(words) <= 4
    return len(core) <= 10 and not _slot_terms(core)[:1] and not re.search(r"[A-Za-z0-9]{2,}", core)


def rewrite(question: str, history: list[str]) -> str:
    """The question made standalone from the history (each turn already standalone); unchanged when it is."""
    if not history or not is_followup(question):
        return question
    previous = history[-1]
    core = _TAIL.sub("", _LEAD.sub("", question.strip()))
    new_terms = _slot_terms(core)
    old_terms = dict(_slot_terms(previous))
    swapped = previous
    for slot, term in new_terms:
        old = old_terms.get(slot)
        if old and old.lower() != term.lower():
            swapped = re.sub(re.escape(old), term, swapped, count=1, flags=re.IGNORECASE)
    rest = core
    for _, term in new_terms:
        rest = re.sub(re.escape(term), "", rest, flags=re.IGNORECASE)
    rest = rest.strip(" 的，,").strip()
    if swapped != previous and (not rest or not _QUESTIONISH.search(core) or len(rest) <= 4):
        return swapped
    subject = subject_of(swapped)
    if not subject:
        return f"{previous} {question}"
    body = _PRONOUN.sub("", _LEAD.sub("", question.strip())).strip()
    if not _QUESTIONISH.search(_TAIL.sub("", body)):
        # A bare noun phrase (在孵企业呢): ask the previous question about it.
        phrase = _TAIL.sub("", body)
        return swapped.replace(subject, f"{subject}的{phrase}", 1) if phrase else swapped
    return f"{subject}：{body}" if body else swapped
