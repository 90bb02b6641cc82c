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
