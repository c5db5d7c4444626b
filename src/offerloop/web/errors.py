"""The one error boundary of the web app: JSON under /api, an HTML page everywhere else.

Every request gets an id (the client's X-Request-ID when it is sane, else a new one), sent back
in the X-Request-ID header. An unexpected error is logged with that id, and the error page and
the JSON show it, so a user's report can be matched with the log line.
"""

from __future__ import annotations

import logging
import re
import uuid

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException

from offerloop.errors import OfferloopError

log = logging.getLogger("offerloop.web")
_SANE_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def request_id(request: Request) -> str:
    rid = getattr(request.state, "request_id", None)
    if rid is None:
        given = request.headers.get("x-request-id", "")
        rid = given if _SANE_ID.match(given) else uuid.uuid4().hex
        request.state.request_id = rid
    return rid


class RequestIdMiddleware:
    """Tags every HTTP request with an id and sends it back in X-Request-ID (plain ASGI: no body buffering)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = dict(scope.get("headers") or ()).get(b"x-request-id", b"").decode("latin-1")
        rid = given if _SANE_ID.match(given) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = rid

        async def send_with_id(message):
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                if "x-request-id" not in headers:
                    headers.append("X-Request-ID", rid)
            await send(message)

        await self.app(scope, receive, send_with_id)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(x) for x in err.get("loc", ()) if x != "body")
        msg = str(err.get("msg"))
        given = err.get("input")
        # Echo a short bad value back ("got 'teamwork'"): the user sees which one was refused.
        if isinstance(given, (str, int, float)) and not isinstance(given, bool) and len(str(given)) <= 60 \
                and err.get("type") != "missing":
            msg += f" (got {given!r})"
        parts.append(f"{where}: {msg}" if where else msg)
    return "The request is not valid: " + "; ".join(parts) + "."


def _answer(request: Request, status: int, message: str, headers: dict | None = None):
    rid = request_id(request)
    headers = {**(headers or {}), "X-Request-ID": rid}
    # Downloads (.ics, .csv, .apkg) answer errors in JSON too: a calendar app cannot show a page.
    if request.url.path.startswith("/api") or request.url.path.endswith((".ics", ".csv", ".apkg", ".json")):
        body = {"error": message, "status": status}
        if status >= 500:
            body["request_id"] = rid
        return JSONResponse(body, status_code=status, headers=headers)
    from offerloop.web.deps import render

    response = render(request, "error.html", status_code=status, status=status, message=message,
                      request_id=rid if status >= 500 else None)
    response.headers.update(headers)
    return response


_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


def _documented_methods(request: Request) -> list[str] | None:
    """The methods the OpenAPI schema documents for this path: the literal path first, else the
    template it fits (`/api/cards/own` is its own resource, not `/api/cards/{slug}`)."""
    paths = request.app.openapi().get("paths", {})
    path = request.url.path
    item = paths.get(path)
    if item is None:
        for template, candidate in paths.items():
            if "{" not in template:
                continue
            pattern = "".join("[^/]+" if part.startswith("{") else re.escape(part)
                              for part in re.split(r"(\{[^}]+\})", template))
            if re.fullmatch(pattern, path):
                item = candidate
                break
    if item is None:
        return None
    return sorted({m.upper() for m in item if m.upper() in _METHODS}, key=_METHODS.index)


def _allowed_methods(request: Request) -> list[str]:
    """Every method this path accepts. Documented API paths answer from the schema; pages are
    matched method by method against the routes (Starlette reports only the first route's)."""
    documented = _documented_methods(request)
    if documented is not None:
        return documented
    from starlette.routing import Match

    allowed = []
    for method in _METHODS:
        scope = {**request.scope, "method": method}
        if any(route.matches(scope)[0] == Match.FULL for route in request.app.router.routes):
            allowed.append(method)
    return allowed


def install(app: FastAPI) -> None:
    app.add_middleware(RequestIdMiddleware)

    @app.exception_handler(OfferloopError)
    async def _offerloop_error(request: Request, exc: OfferloopError):
        retry = getattr(exc, "retry_after", None)  # a full grading queue, a limit: when to try again
        return _answer(request, exc.http_status, str(exc), headers={"Retry-After": str(retry)} if retry else None)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        return _answer(request, 422, _validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "Request failed."
        headers = dict(getattr(exc, "headers", None) or {})
        if exc.status_code == 404 and message == "Not Found":
            message = f"There is no page at {request.url.path}."
        if exc.status_code == 405:
            allowed = _allowed_methods(request)
            headers["Allow"] = ", ".join(allowed)
            message = f"{request.method} is not allowed on {request.url.path}; use {' or '.join(allowed)}."
        # Keep the headers the status needs (Allow on 405, Retry-After on 429).
        return _answer(request, exc.status_code, message, headers=headers)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        rid = request_id(request)
        log.error("unhandled error on %s %s [request %s]", request.method, request.url.path, rid, exc_info=exc,
                  extra={"request_id": rid})  # a field of its own in hosted mode's JSON lines
        return _answer(request, 500, f"Something went wrong on our side; the log has the details under request id {rid}.")
