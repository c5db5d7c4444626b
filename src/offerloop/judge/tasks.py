"""Grading on a real task queue (Celery over Redis) for hosted installs.

The web processes send (slug, code, mode, seed) and wait for the verdict; each queue worker
process keeps its own warm judge pool. Set OFFERLOOP_BROKER_URL (e.g. redis://127.0.0.1:6379/0)
on both sides and run `offerloop worker`.
"""

from __future__ import annotations

import logging
from functools import lru_cache

TASK_NAME = "offerloop.grade"


def visibility_timeout(grading_timeout: int) -> int:
    """Seconds after which a job taken by a worker that never acknowledged it (the whole worker
    was killed) goes back on the queue for another worker: half the time the web waits, so the
    second try still reaches a waiting request. A job running longer than this may be graded
    twice; the second run answers with the stored verdict if the first stored one (grade_task)."""
    return max(10, grading_timeout // 2)


@lru_cache(maxsize=4)
def celery_app(broker_url: str, queue: str, grading_timeout: int = 120):
    from celery import Celery

    app = Celery("offerloop", broker=broker_url, backend=broker_url)
    redis_sockets = {"socket_timeout": 10, "socket_connect_timeout": 5}  # a Redis that hangs is an error, not a hang
    app.conf.update(
        task_default_queue=queue,
        task_serializer="json", result_serializer="json", accept_content=["json"],
        # Acknowledge a job only once its verdict is stored, and put it back on the queue when the
        # process grading it dies (SIGKILL, out of memory): a crash loses no verdict.
        task_acks_late=True, task_reject_on_worker_lost=True, worker_prefetch_multiplier=1,
        broker_transport_options={"visibility_timeout": visibility_timeout(grading_timeout),
                                  # look for jobs of dead workers every 2 s (one small Redis query)
                                  "unacked_restore_interval": 2, "unacked_restore_throttle": 1,
                                  **redis_sockets},
        redis_socket_timeout=redis_sockets["socket_timeout"],
        redis_socket_connect_timeout=redis_sockets["socket_connect_timeout"],
        result_expires=3600, broker_connection_retry_on_startup=True,
        task_track_started=False, worker_hijack_root_logger=False,
    )

    @app.task(name=TASK_NAME, bind=True)
    def grade_task(self, slug: str, code: str, mode: str, seed: int | None = None) -> dict:
        # Idempotent: a job delivered again after its verdict was stored (its worker died between
        # storing and acknowledging) answers with that verdict rather than grading a second time.
        stored = self.backend.get_task_meta(self.request.id)
        if stored.get("status") == "SUCCESS" and isinstance(stored.get("result"), dict):
            return stored["result"]
        ol = _worker_offerloop()
        return ol.judge.grade(ol.content.problem(slug), code, mode=mode, seed=seed).to_dict()

    return app


@lru_cache(maxsize=1)
def _worker_offerloop():
    """One Offerloop per worker process: its content bank and judge pool stay warm between jobs."""
    from offerloop.app import Offerloop

    return Offerloop(migrate=False)


def grade_remote(settings, slug: str, code: str, mode: str, seed: int | None = None):
    """Send a grading job to the queue and wait for its Result."""
    import time

    from offerloop.errors import JudgeError
    from offerloop.judge.verdict import Result

    app = celery_app(settings.broker_url, settings.grading_queue, settings.grading_timeout)
    deadline = time.monotonic() + settings.grading_timeout
    async_result = None
    try:
        async_result = app.send_task(TASK_NAME, args=[slug, code, mode, seed], queue=settings.grading_queue)
        # Poll the result key rather than block on a pub/sub subscription, which would outlive us.
        delay = 0.005
        while not async_result.ready():
            if time.monotonic() > deadline:
                async_result.revoke()
                raise JudgeError(f"No grading worker answered within {settings.grading_timeout} s; "
                                 "is `offerloop worker` running?")
            time.sleep(delay)
            delay = min(delay * 1.5, 0.1)
        if async_result.failed():
            raise JudgeError(f"The grading worker failed on this submission: {async_result.result!r}")
        data = async_result.result
        async_result.forget()
    except JudgeError:
        raise
    except Exception as exc:  # broker or result backend unreachable (Redis restarting)
        # The sentence is for the user; where and why (host, port, errno) goes to the log only.
        logging.getLogger("offerloop.judge").warning("grading queue unreachable: %s: %s", type(exc).__name__, exc)
        raise JudgeError("The grading queue cannot be reached right now; try again in a moment.") from None
    finally:
        if async_result is not None:
            try:
                app.backend.result_consumer.cancel_for(async_result.id)
            except Exception:  # noqa: BLE001 - a Redis that is down has no subscription left to cancel
                pass
    return Result.from_dict(data)
