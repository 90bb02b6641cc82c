"""The channel's answers when the assistant is not there yet, refuses the question, or fails."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest

from corpus.messages import message
from service.sessions import SessionStore
from service.wechat.channel import Channel
from service.wechat.envelope import Incoming
from tests.service.live import Slow


def ask(channel: Channel, content: str, *, assistant, sessions, key: str = "u:1") -> str | None:
    msg = Incoming(kind="text", user="u", own="gh", key=key, content=content)
    return asyncio.run(channel.respond(msg, assistant=assistant, sessions=sessions, started=time.monotonic()))


@pytest.fixture
def channel():
    channel = Channel("wechat", reply_seconds=2.0, rate_limit=10, pusher=None)
    yield channel
    channel.close()


@pytest.fixture
def sessions(tmp_path):
    store = SessionStore(tmp_path / "s.sqlite3")
    yield store
    store.close()


def test_while_the_index_loads_the_user_is_asked_to_wait(channel, sessions):
    assert ask(channel, "孵化器", assistant=None, sessions=sessions) == message("wechat_loading")


def test_a_bad_question_is_answered_with_what_is_wrong(channel, sessions, assistant):
    too_long = "孵" * (assistant.max_question_chars + 1)
    reply = ask(channel, too_long, assistant=assistant, sessions=sessions)
    assert reply == message("question_too_long", length=len(too_long), limit=assistant.max_question_chars)
    assert sessions.history("wechat:u") == []


def test_a_failure_is_apologised_for_and_logged(channel, sessions, assistant, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setitem(vars(assistant), "answer", broken)
    with caplog.at_level(logging.ERROR, logger="service.wechat.channel"):
        assert ask(channel, "孵化器", assistant=assistant, sessions=sessions) == message("wechat_error")
    assert "answering failed" in caplog.text and "disk on fire" in caplog.text


def test_answers_are_recorded_as_the_users_wechat_session(channel, sessions, assistant):
    ask(channel, "众创空间是什么？", assistant=assistant, sessions=sessions)
    assert sessions.history("wechat:u") == ["众创空间是什么？"]


class Pushes:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    def send_text(self, user: str, text: str) -> None:
        self.sent.append((user, text))

    def close(self) -> None:
        pass


def test_a_retry_reaching_another_process_waits_for_the_first_answer(tmp_path, sessions, assistant):
    from service.wechat.jobs import JobBoard

    db = tmp_path / "state.sqlite3"
    slow = Slow(assistant, pause=1.0)
    first = Channel("wechat", reply_seconds=0.2, rate_limit=10, pusher=None, jobs=JobBoard(db, scope="wechat"))
    second = Channel("wechat", reply_seconds=3.0, rate_limit=10, pusher=None, jobs=JobBoard(db, scope="wechat"))
    try:
        assert ask(first, "众创空间是什么？", assistant=slow, sessions=sessions, key="u:42") is None  # window missed
        reply = ask(second, "众创空间是什么？", assistant=slow, sessions=sessions, key="u:42")  # WeChat's retry
        assert reply and "众创空间" in reply
        assert slow.calls == 1  # answered once, by the first process
        assert ask(second, "众创空间是什么？", assistant=slow, sessions=sessions, key="u:42") == reply
    finally:
        first.close()
        second.close()


def test_a_late_answer_deferred_in_another_process_is_pushed_once(tmp_path, sessions, assistant):
    from service.wechat.jobs import JobBoard

    db = tmp_path / "state.sqlite3"
    slow = Slow(assistant, pause=0.8)
    pushes_a, pushes_b = Pushes(), Pushes()
    first = Channel("wechat", reply_seconds=0.1, rate_limit=10, pusher=pushes_a, jobs=JobBoard(db, scope="wechat"))
    second = Channel("wechat", reply_seconds=0.1, rate_limit=10, pusher=pushes_b, jobs=JobBoard(db, scope="wechat"))
    try:
        assert ask(first, "孵化器毕业条件", assistant=slow, sessions=sessions, key="u:7") is None
        assert ask(second, "孵化器毕业条件", assistant=slow, sessions=sessions, key="u:7") is None
        first.close()  # waits for the answer under way, which is pushed by the process that made it
        assert len(pushes_a.sent) >= 1 and not pushes_b.sent and slow.calls == 1
        assert ask(second, "孵化器毕业条件", assistant=slow, sessions=sessions, key="u:7") is None  # no second delivery
    finally:
        second.close()
