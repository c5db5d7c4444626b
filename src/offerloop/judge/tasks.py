"""Grading on a real task queue (Celery over Redis) for hosted installs.

The web processes send (slug, code, mode, seed) and wait for the verdict; each queue worker
process keeps its own warm judge pool. Set OFFERLOOP_BROKER_URL (e.g. redis://127.0.0.1:6379/0)
on both sides and run `offerloop worker`.
"""

from __future__ import annotations

from functools import lru_cache

TASK_NAME = "offerloop.grade"


@lru_cache(maxsize=4)
def celery_app(broker_url: str, queue: str):
    from celery import Celery

    app = Celery("offerloop", broker=broker_url, backend=broker_url)
    app.conf.update(
        task_default_queue=queue,
        task_serializer="json", result_serializer="json", accept_content=["json"],
        task_acks_late=True, worker_prefetch_multiplier=1,  # one job per free worker, none lost on a crash
        result_expires=3600, broker_connection_retry_on_startup=True,
        task_track_started=False, worker_hijack_root_logger=False,
    )

    @app.task(name=TASK_NAME)
    def grade_task(slug: str, code: str, mode: str, seed: int | None = None) -> dict:
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

    app = celery_app(settings.broker_url, settings.grading_queue)
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
    except Exception as exc:  # broker or result backend unreachable
        raise JudgeError(f"The grading queue failed: {type(exc).__name__}: {exc}") from None
    finally:
        if async_result is not None:
            app.backend.result_consumer.cancel_for(async_result.id)
    return Result.from_dict(data)
