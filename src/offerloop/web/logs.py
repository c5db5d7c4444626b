"""Structured logs for hosted installs: one JSON object per line, and one access line per request.

Every record logged while a request is served (the access line, a 500's traceback, a manager's
warning) carries that request's id, the one `web.errors` answers with in X-Request-ID and shows on
a 500, so an operator finds every line of one request with a single search. The access line names
the route's path template (`/api/problems/{slug}/submissions`), not the path itself, so lines group
by route and ids typed into URLs stay out of the log.
"""

from __future__ import annotations

import contextvars
import json
import logging
import sys
import time
from datetime import datetime, timezone

ACCESS = logging.getLogger("offerloop.access")
# The request being served in this task (and in the threads its sync routes run in: Starlette
# copies the context into the thread pool), for every record logged meanwhile.
current_request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("offerloop_request_id",
                                                                                default=None)
_RESERVED = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}
_MARK = "_offerloop_json"  # on handlers this module added, so configuring twice adds none


class JsonFormatter(logging.Formatter):
    """A record as one JSON line: ts (UTC, ISO 8601), level, logger, message, request_id when there
    is one, the fields passed in `extra=`, and the traceback as one string."""

    def format(self, record: logging.LogRecord) -> str:
        out = {
            "ts": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        rid = getattr(record, "request_id", None) or current_request_id.get()
        if rid:
            out["request_id"] = rid
        for key, value in vars(record).items():
            if key not in _RESERVED and key not in out and not key.startswith("_") and key != "color_message":
                out[key] = value
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return json.dumps(out, default=str, ensure_ascii=False)


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is at the time (a test's capture, a process's pipe)."""

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, _value):
        pass


def json_handler() -> logging.Handler:
    handler = _StderrHandler()
    handler.setFormatter(JsonFormatter())
    setattr(handler, _MARK, True)
    return handler


def configure() -> None:
    """JSON lines on stderr for the `offerloop` loggers at INFO (idempotent). Records still
    propagate, so a host that also collects the root logger (or pytest's capture) sees them."""
    logger = logging.getLogger("offerloop")
    chain = logger.handlers + logging.getLogger().handlers  # gunicorn's config gives the root one (hosting)
    if not any(getattr(h, _MARK, False) or isinstance(h.formatter, JsonFormatter) for h in chain):
        logger.addHandler(json_handler())
    if logger.level == logging.NOTSET or logger.level > logging.INFO:
        logger.setLevel(logging.INFO)


def route_template(scope) -> str:
    """The path template of the route that served the request; the bare path when none matched."""
    route = scope.get("route")
    path = getattr(route, "path", None)
    if path is not None:
        return path
    # A mount (static files) leaves no route but moves its prefix into root_path: one template for all.
    mounted = scope.get("root_path", "")[len(scope.get("app_root_path", "")):]
    if mounted and scope.get("endpoint") is not None:
        return mounted.rstrip("/") + "/{path}"
    return scope.get("path", "")[:200]


class AccessLogMiddleware:
    """One `offerloop.access` line per HTTP request: method, path template, status, duration in ms,
    request id and the signed-in user's id (null when anonymous). Plain ASGI, so nothing is buffered.
    Placed inside the request-id middleware (it reads the id) and outside the sign-in gate (its
    refusals are logged too; the gate leaves the user in the shared scope state)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = scope.setdefault("state", {})
        token = current_request_id.set(state.get("request_id"))
        started = time.perf_counter()
        status = 500  # what the client gets when the app raises before answering

        async def send_status(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            user = state.get("user")
            ACCESS.info("%s %s %s", scope["method"], route_template(scope), status, extra={
                "method": scope["method"], "path": route_template(scope), "status": status,
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                "user_id": getattr(user, "user_id", None),
            })
            current_request_id.reset(token)


def install(app) -> None:
    """Hosted mode: JSON logs and the access line (call before `errors.install`, whose request-id
    middleware must stay outermost)."""
    configure()
    app.add_middleware(AccessLogMiddleware)
