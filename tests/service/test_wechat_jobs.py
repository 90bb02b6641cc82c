"""MsgId de-duplication (one delivery per question) and the per-user rate limit."""

from __future__ import annotations

from service.wechat.format import Rendered
from service.wechat.jobs import Decision, JobBoard
from service.wechat.limits import RateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


SHORT = Rendered(single="答案", parts=["答案"])
LONG = Rendered(single="答案（节选）", parts=["（1/2）答案上", "（2/2）答案下"])


def test_board_returns_the_same_job_for_a_retry_and_forgets_it_later():
    clock = Clock()
    board = JobBoard(keep=60, clock=clock)
    job, created = board.open("u:1")
    again, created_again = board.open("u:1")
    assert created and not created_again and again is job
    assert board.open("u:2")[1]
    clock.now += 61
    assert board.open("u:1")[1] and len(board) == 1


def test_board_stays_within_its_size():
    board = JobBoard(limit=3)
    for i in range(10):
        board.open(f"u:{i}")
    assert len(board) == 3 and not board.open("u:9")[1]


def test_ready_answer_is_replied_passively_and_repeated_to_a_retry():
    job, _ = JobBoard().open("k")
    assert job.finish(SHORT) is None
    assert job.decide(can_push=True) == Decision(text="答案")
    assert job.decide(can_push=True) == Decision(text="答案")


def test_answer_after_the_window_is_pushed_once_and_retries_get_success():
    job, _ = JobBoard().open("k")
    assert job.decide(can_push=True) == Decision()  # not ready: "success"
    assert job.decide(can_push=True) == Decision()  # a retry while still answering
    assert job.finish(SHORT) == ["答案"]  # the worker pushes
    assert job.decide(can_push=True) == Decision()  # a retry after the push: no second delivery


def test_without_push_a_late_answer_waits_for_a_retry():
    job, _ = JobBoard().open("k")
    assert job.decide(can_push=False) == Decision()
    assert job.finish(SHORT) is None
    assert job.decide(can_push=False) == Decision(text="答案")


def test_a_long_ready_answer_is_pushed_whole_when_it_can_be():
    job, _ = JobBoard().open("k")
    job.finish(LONG)
    assert job.decide(can_push=True) == Decision(push=LONG.parts)
    assert job.decide(can_push=True) == Decision()
    other, _ = JobBoard().open("k")
    other.finish(LONG)
    assert other.decide(can_push=False) == Decision(text="答案（节选）")


def test_rate_limit_is_per_user_and_slides():
    clock = Clock()
    limiter = RateLimiter(2, window=60, clock=clock)
    assert limiter.allow("a") and limiter.allow("a") and not limiter.allow("a")
    assert limiter.allow("b")
    clock.now += 30
    assert not limiter.allow("a")
    clock.now += 31
    assert limiter.allow("a")


def test_rate_limit_of_zero_is_off():
    limiter = RateLimiter(0)
    assert all(limiter.allow("a") for _ in range(100))
