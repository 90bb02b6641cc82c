"""Answering one channel's messages: de-duplication, rate limit, the 5-second window and late pushes."""

from __future__ import annotations

import logging
import time
from concurrent.futures import ThreadPoolExecutor

from corpus.errors import BadQuestionError
from corpus.messages import message, prompt_file
from service.assistant import Assistant
from service.sessions import SessionStore
from service.wechat.envelope import Incoming
from service.wechat.format import Rendered, fit, render
from service.wechat.freshness import Freshness
from service.wechat.jobs import Job, JobBoard
from service.wechat.limits import RateLimiter
from service.wechat.push import PushClient, PushError

log = logging.getLogger(__name__)

WELCOME_EVENTS = {"subscribe", "subscribe_scan"}
# What WeChat sends as "text" for stickers and other things it cannot pass on (Simplified, Traditional, English).
STAND_INS = {"【收到不支持的消息类型，暂无法显示】", "【收到不支援的訊息類型，無法顯示】", "[Unsupported Message]"}
WORKERS = 4


class Channel:
    """The Official Account's or WeCom's answering machinery; the routers only speak the wire format."""

    def __init__(self, name: str, *, reply_seconds: float, rate_limit: int, pusher: PushClient | None,
                 history_turns: int = 6, workers: int = WORKERS, jobs: JobBoard | None = None,
                 freshness: Freshness | None = None) -> None:
        self.name = name
        self.reply_seconds = reply_seconds
        self.pusher = pusher
        self.history_turns = history_turns
        self.jobs = jobs if jobs is not None else JobBoard(scope=name)  # pass one over the state folder's database to share it
        self.freshness = freshness if freshness is not None else Freshness(scope=name, window=0)
        self.limiter = RateLimiter(rate_limit)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=f"{name}-answer")
        if pusher is None:
            log.warning("%s: no API credentials set, so answers slower than %.1f s cannot be sent",
                        name, reply_seconds)

    async def respond(self, msg: Incoming, *, assistant: Assistant | None, sessions: SessionStore,
                      started: float) -> str | None:
        """The text to reply within WeChat's window, or None to reply "success" (nothing, or pushed later)."""
        if msg.kind == "text" and msg.content.strip() not in STAND_INS:
            return await self._answer(msg, assistant=assistant, sessions=sessions, started=started)
        if msg.kind == "event":
            return fit(prompt_file("wechat_welcome.txt").strip()) if msg.event in WELCOME_EVENTS else None
        return fit(message("wechat_unsupported"))

    async def _answer(self, msg: Incoming, *, assistant: Assistant | None, sessions: SessionStore,
                      started: float) -> str | None:
        if assistant is None:
            return message("wechat_loading")
        job, created = self.jobs.open(msg.key)
        if created:
            if self.limiter.allow(msg.user):
                self._pool.submit(self._work, job, msg, assistant, sessions)
            else:  # the job remembers the refusal, so WeChat's retries are not counted again
                job.finish(Rendered.text(message("wechat_rate_limited", limit=self.limiter.limit)))
        remaining = started + self.reply_seconds - time.monotonic()
        if remaining > 0 and not job.done():
            await job.wait(remaining)
        decision = job.decide(can_push=self.pusher is not None)
        if decision.push:
            self._pool.submit(self._push, msg.user, decision.push)
        return decision.text

    def _work(self, job: Job, msg: Incoming, assistant: Assistant, sessions: SessionStore) -> None:
        """Answers in a worker thread; pushes the answer when the callback has already replied."""
        try:
            session = self.session_id(msg.user)
            answer = assistant.answer(msg.content, sessions.history(session, turns=self.history_turns))
            sessions.record(session, answer.full(), channel=self.name)
            rendered = render(answer)
        except BadQuestionError as exc:
            rendered = Rendered.text(str(exc))
        except Exception:
            log.exception("%s: answering failed", self.name)
            rendered = Rendered.text(message("wechat_error"))
        parts = job.finish(rendered)
        if parts:
            self._push(msg.user, parts)

    def _push(self, user: str, parts: list[str]) -> None:
        assert self.pusher is not None
        for part in parts:
            try:
                self.pusher.send_text(user, part)
            except PushError as exc:
                log.error("%s: pushing an answer failed: %s", self.name, exc)
                return
            except Exception:
                log.exception("%s: pushing an answer failed", self.name)
                return

    def session_id(self, user: str) -> str:
        """The user's conversation: one per OpenID or UserID, kept apart from the other channels' ids."""
        return f"{self.name}:{user}"

    def close(self) -> None:
        """Finishes the answers under way (and their pushes), then lets go of the HTTP client."""
        self._pool.shutdown(wait=True)
        self.jobs.close()
        self.freshness.close()
        if self.pusher is not None:
            self.pusher.close()

