"""Backpressure on grading: a full queue refuses a new submission at once, with a sentence and a
Retry-After, instead of letting it wait until it times out.

Two queues can fill: the task queue (Celery over Redis, OFFERLOOP_GRADING_QUEUE_MAX jobs waiting)
and, without a broker, this process's own judge pool (OFFERLOOP_GRADING_POOL_WAITING gradings
waiting for a free slot). Both checks run before anything is enqueued or written.
"""

from __future__ import annotations

import threading
import weakref
from contextlib import contextmanager
from functools import lru_cache

from offerloop.errors import JudgeError

RETRY_SECONDS = 10  # a grading takes seconds; by then workers have taken jobs off the queue
# kombu's Redis transport keeps a queue's messages in one list per priority step: the queue's own name
# for the default priority, "<name>\x06\x16<step>" for the others.
_PRIORITY_SEP = "\x06\x16"
_PRIORITY_STEPS = (3, 6, 9)


class QueueFull(JudgeError):
    """Grading is refused for now: the queue already holds as many jobs as it may."""

    http_status = 503

    def __init__(self, retry_after: int = RETRY_SECONDS):
        super().__init__(f"The grading queue is full; try again in {retry_after} seconds.")
        self.retry_after = retry_after


@lru_cache(maxsize=4)
def _redis(url: str):
    import redis

    return redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)


def pending_jobs(settings) -> int | None:
    """Grading jobs waiting on the task queue (not yet taken by a worker); None for a broker that is
    not Redis (the bound is then not checked)."""
    url = settings.broker_url or ""
    if not url.startswith(("redis://", "rediss://")):
        return None
    import redis

    name = settings.grading_queue
    try:
        pipe = _redis(url).pipeline(transaction=False)
        pipe.llen(name)
        for step in _PRIORITY_STEPS:
            pipe.llen(f"{name}{_PRIORITY_SEP}{step}")
        return sum(pipe.execute())
    except redis.RedisError as exc:
        # The sentence is for the user; the host, port and errno go to the log only.
        import logging

        logging.getLogger("offerloop.judge").warning("grading queue unreachable: %s: %s", type(exc).__name__, exc)
        raise JudgeError("The grading queue cannot be reached right now; try again in a moment.") from None


def check_queue(settings) -> None:
    """Refuse (QueueFull) when the task queue already holds OFFERLOOP_GRADING_QUEUE_MAX jobs.
    Several web processes may check at once, so the bound can be passed by a few jobs, never by many."""
    bound = settings.grading_queue_max
    if not bound:
        return
    waiting = pending_jobs(settings)
    if waiting is not None and waiting >= bound:
        raise QueueFull()


class _Gate:
    def __init__(self):
        self.lock = threading.Lock()
        self.busy = 0  # gradings running or waiting in this pool


_gates: "weakref.WeakKeyDictionary[object, _Gate]" = weakref.WeakKeyDictionary()
_gates_lock = threading.Lock()


def gate_for(pool) -> _Gate:
    with _gates_lock:
        gate = _gates.get(pool)
        if gate is None:
            gate = _gates[pool] = _Gate()
        return gate


@contextmanager
def pool_slot(pool, waiting: int | None):
    """Hold a place in this process's pool for one grading: refused (QueueFull) when every slot is busy
    and `waiting` gradings already wait for one; no bound when waiting is None."""
    if waiting is None:
        yield
        return
    gate = gate_for(pool)
    with gate.lock:
        if gate.busy >= pool.size + waiting:
            raise QueueFull()
        gate.busy += 1
    try:
        yield
    finally:
        with gate.lock:
            gate.busy -= 1
