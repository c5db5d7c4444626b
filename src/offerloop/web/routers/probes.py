"""Readiness: may this web process be sent traffic? (`GET /api/health` in `home` says it is alive.)

Each check is a real round trip, with its own deadline, run side by side: the database answers a
query on the schema's version table (through the same connection pool requests use), the grading
queue's broker and the Redis holding the counters answer a PING. The answer names what is down in
one sentence and never the URL (it is open to anyone); the log line has the detail.
"""

from __future__ import annotations

import asyncio
import logging
from functools import lru_cache

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

router = APIRouter()
log = logging.getLogger("offerloop.web.ready")
DEADLINE = 3.0  # seconds per check: a probe must answer well inside a load balancer's timeout

# component -> how the sentence names it
NAMES = {"database": "the database", "broker": "the grading queue's broker",
         "counters": "the Redis holding the sign-in and rate-limit counters"}


class Ready(BaseModel):
    """Every component this process needs answered."""

    status: str = "ready"
    checks: dict[str, str]


class NotReady(BaseModel):
    """One sentence naming what is down, and the state of each component (`ok` or `down`)."""

    error: str
    status: int = 503
    checks: dict[str, str]


class Unready(Exception):
    """A check's failure: `sentence` is safe to show anyone, `detail` goes to the log only."""

    def __init__(self, sentence: str, detail: str):
        super().__init__(sentence)
        self.sentence, self.detail = sentence, detail


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    from offerloop.store.migrate import known_heads

    return frozenset(known_heads())


@lru_cache(maxsize=1)
def _revisions() -> frozenset[str]:
    """Every revision this version ships (to tell a database behind it from one ahead of it)."""
    from offerloop.store.migrate import _REVISION, MIGRATIONS

    return frozenset(m.group(1) for path in (MIGRATIONS / "versions").glob("*.py")
                     if (m := _REVISION.search(path.read_text(encoding="utf-8"))))


def check_database(engine) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    try:
        with engine.connect() as conn:
            stamped = {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise Unready("cannot be queried", reason) from None
    if stamped != _heads():
        detail = f"stamped {sorted(stamped)}, expected {sorted(_heads())}"
        if stamped - _revisions():  # migrated by a newer version: this process is the old one
            raise Unready("holds a newer schema than this version of offerloop (restart it on the new version)",
                          detail)
        raise Unready("holds an older schema than this version of offerloop (run `offerloop migrate`)", detail)


@lru_cache(maxsize=8)
def _redis(url: str):
    import redis

    # One small pool per URL and process; short timeouts so a dead server fails the probe quickly.
    return redis.Redis.from_url(url, socket_connect_timeout=DEADLINE, socket_timeout=DEADLINE)


def check_redis(url: str) -> None:
    if not url.startswith(("redis://", "rediss://", "unix://")):
        return _check_other_broker(url)
    try:
        _redis(url).ping()
    except Exception as exc:  # any failure of the round trip means "down"; its text goes to the log
        raise Unready("cannot be reached", f"{type(exc).__name__}: {exc}") from None


def _check_other_broker(url: str) -> None:
    from kombu import Connection

    try:
        with Connection(url, connect_timeout=DEADLINE) as conn:
            conn.ensure_connection(max_retries=1, timeout=DEADLINE)
    except Exception as exc:  # as above
        raise Unready("cannot be reached", f"{type(exc).__name__}: {exc}") from None


def components(ol) -> dict[str, tuple]:
    """name -> (check, argument) for what this deployment uses."""
    settings = ol.settings
    out: dict[str, tuple] = {"database": (check_database, ol.engine)}
    if settings.broker_url:
        out["broker"] = (check_redis, settings.broker_url)
    counters = settings.resolved_redis_url if settings.hosted else None
    if counters and counters != settings.broker_url:
        out["counters"] = (check_redis, counters)
    return out


async def _run(name: str, check, argument) -> str | None:
    """None when the component answered, else the sentence's clause for it."""
    try:
        await asyncio.wait_for(run_in_threadpool(check, argument), DEADLINE + 0.5)
        return None
    except Unready as exc:
        log.warning("not ready: %s %s (%s)", name, exc.sentence, exc.detail, extra={"component": name})
        return f"{NAMES[name]} {exc.sentence}"
    except TimeoutError:
        log.warning("not ready: %s did not answer within %.0f s", name, DEADLINE, extra={"component": name})
        return f"{NAMES[name]} did not answer within {DEADLINE:.0f} s"


@router.get("/api/ready", tags=["meta"], response_model=Ready,
            responses={503: {"model": NotReady, "description": "Not ready; the sentence names what is down."}})
async def ready(request: Request):
    """Readiness: 200 when the database answers a query (at the current schema) and, where a task
    queue is configured, its broker answers a PING (and, hosted, the Redis of the counters); else
    503 with a sentence naming what is down. Open without sign-in, like `/api/health`."""
    parts = components(request.app.state.offerloop)
    failures = await asyncio.gather(*(_run(name, check, arg) for name, (check, arg) in parts.items()))
    checks = {name: "down" if failed else "ok" for name, failed in zip(parts, failures)}
    down = [failed for failed in failures if failed]
    if not down:
        return Ready(checks=checks)
    sentence = "Not ready: " + "; ".join(down) + "."
    return JSONResponse(NotReady(error=sentence, checks=checks).model_dump(), status_code=503)
