"""An asker's own dates against laws' datelines: the passages that only date a text never take an answer's place."""

from __future__ import annotations

import pytest

from tests.conftest import LAWS, corpus_assistant

ROADS = "DLC/河南地方法规/地方性法规/河南/周口市城市市容和环境卫生管理条例(2019-01-24).md"
TOPICS = ("渔业", "档案", "气象", "测绘", "消防", "港口", "粮食", "统计")  # 32 datelines: more than a search's 15 hits


def _dated_law(topic: str, n: int) -> str:
    """A law of one article whose header dates it in the months the asker names (2022年5月, 2024年3月)."""
    return (f"# 某市{topic}管理条例\n\n2022年5月{n + 1}日 某市人民代表大会常务委员会第{n + 1}次会议通过\n\n"
            f"2024年3月{n + 1}日 某市人民代表大会常务委员会第{n + 20}次会议修正\n\n2024年3月{n + 2}日 施行\n\n"
            f"<!-- INFO END -->\n\n第一条 为了加强{topic}管理，制定本条例。\n\n第二条 本条例自2024年3月{n + 2}日起施行。\n")


@pytest.fixture(scope="module")
def dated_assistant(tmp_path_factory, embedder):
    laws = tmp_path_factory.mktemp("dated-laws")
    files = {"roads.md": LAWS / ROADS}
    for n, topic in enumerate(TOPICS):
        (laws / f"{n}.md").write_text(_dated_law(topic, n), encoding="utf-8")
        files[f"dated-{n}.md"] = laws / f"{n}.md"
    return corpus_assistant(tmp_path_factory, embedder, "dated", files)


def test_the_askers_dates_do_not_bring_datelines_in_place_of_the_rule(dated_assistant):
    answer = dated_assistant.answer("我们是做宽带的，在周口想挖开一条路铺光缆。这条路是2022年5月大修完工的，我们计划2024年3月动工，可以吗？")
    assert not answer.refused
    assert "竣工后三年内" in answer.citations[0].text


def test_a_question_of_when_a_law_takes_effect_still_finds_the_article_that_says_so(dated_assistant):
    answer = dated_assistant.answer("某市渔业管理条例什么时候开始施行？")
    assert not answer.refused and "2024年3月2日" in answer.text
