"""Hosted mode's gate, as plain ASGI middleware in front of every route (deny by default).

Each request's session cookie is looked up; the signed-in user goes into ``request.state.user``,
and ``deps.get_offerloop`` hands routes an Offerloop acting for that user only. Without a valid
session, API paths answer 401 and pages redirect to /signin. A request that changes something
(POST, PUT, PATCH, DELETE) must also carry the session's CSRF token, in the X-CSRF-Token header or
a form field named csrf_token, else 403. The few open paths are listed in OPEN; a route added later
is closed until someone opens it here on purpose.
"""

from __future__ import annotations

from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import RedirectResponse

from offerloop.errors import OfferloopError

COOKIE = "offerloop_session"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
# Open to anyone: health, the sign-in and sign-up pages and the sign-in call, the schema and its
# documentation page (they describe the API, they hold no one's data), static assets.
OPEN = {"/api/health", "/api/ready", "/signin", "/signup", "/openapi.json", "/docs"}
OPEN_PREFIXES = ("/static/",)
PROBES = ("/api/health", "/api/ready")  # a load balancer's probes: no session lookup (the database may be down)
MAX_FORM_BYTES = 64 * 1024 * 1024  # the largest upload form (stories' 16 MB parts) fits with room

SIGN_IN_FIRST = "Sign in first."
NO_CSRF = "This request lacks the page's security token (CSRF); reload the page and try again."


def is_open(path: str, method: str) -> bool:
    if path == "/api/session":
        return method == "POST"  # signing in needs no session; reading or ending one does
    return path in OPEN or path.startswith(OPEN_PREFIXES)


def is_api(path: str) -> bool:
    return path.startswith("/api/") or path.endswith((".ics", ".csv", ".apkg", ".json"))


def client_address(scope) -> str:
    client = scope.get("client")
    return client[0] if client else "unknown"


def cookie_secure(scope, settings) -> bool:
    return settings.cookie_secure or scope.get("scheme") == "https"


def set_session_cookie(response, token: str, scope, settings) -> None:
    response.set_cookie(COOKIE, token, max_age=settings.session_hours * 3600, path="/", httponly=True,
                        samesite="lax", secure=cookie_secure(scope, settings))


def clear_session_cookie(response, scope, settings) -> None:
    response.delete_cookie(COOKIE, path="/", httponly=True, samesite="lax", secure=cookie_secure(scope, settings))


class AuthMiddleware:
    def __init__(self, app, accounts):
        self.app = app
        self.accounts = accounts  # the deployment's AccountManager

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path, method = scope["path"], scope["method"].upper()
        if path in PROBES or path.startswith(OPEN_PREFIXES):
            await self.app(scope, receive, send)  # no session lookup for assets and health probes
            return
        token = Request(scope).cookies.get(COOKIE)
        try:
            user = await run_in_threadpool(self.accounts.current, token) if token else None
        except OfferloopError as exc:  # the database is down: one sentence (503), not a bare 500
            await self._refuse(scope, receive, send, exc.http_status, str(exc))
            return
        state = scope.setdefault("state", {})
        state["user"] = user
        if is_open(path, method):
            await self.app(scope, receive, send)
            return
        if user is None:
            await self._refuse(scope, receive, send, 401, SIGN_IN_FIRST)
            return
        if method not in SAFE_METHODS:
            given = Headers(scope=scope).get(CSRF_HEADER)
            if given is None:
                given, receive, too_big = await _form_token(scope, receive)
                if too_big:
                    await self._refuse(scope, receive, send, 413, "The form is too large to accept.")
                    return
            from offerloop.accounts.service import same_token

            if not same_token(given, user.csrf_token):
                await self._refuse(scope, receive, send, 403, NO_CSRF)
                return
        await self.app(scope, receive, send)

    async def _refuse(self, scope, receive, send, status: int, message: str) -> None:
        request = Request(scope, receive)
        if status == 401 and not is_api(scope["path"]):
            target = scope["path"] + ("?" + scope["query_string"].decode("latin-1") if scope.get("query_string") else "")
            response = RedirectResponse("/signin?next=" + quote(target, safe="/"), status_code=303)
        else:
            from offerloop.web.errors import _answer

            response = _answer(request, status, message)
        await response(scope, receive, send)


async def _form_token(scope, receive):
    """The csrf_token field of a form body, read ahead and then replayed to the route unchanged.
    (token or None, the receive to use from now on, whether the body was too large)."""
    kind = Headers(scope=scope).get("content-type", "").split(";")[0].strip().lower()
    if kind not in ("application/x-www-form-urlencoded", "multipart/form-data"):
        return None, receive, False
    messages, size = [], 0
    while True:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request":
            break
        size += len(message.get("body", b""))
        if size > MAX_FORM_BYTES:
            return None, receive, True
        if not message.get("more_body"):
            break
    pending = list(messages)

    async def replay():
        return pending.pop(0) if pending else await receive()

    token = None
    reader = list(messages)

    async def read_once():
        return reader.pop(0) if reader else {"type": "http.request", "body": b"", "more_body": False}

    try:
        form = await Request(scope, read_once).form()
        value = form.get(CSRF_FIELD)
        token = value if isinstance(value, str) else None
        await form.close()
    except Exception:  # an unreadable form has no token; the route will say what is wrong with it
        token = None
    return token, replay, False
