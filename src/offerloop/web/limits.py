"""Limits at the web boundary: request body sizes (both modes) and, in hosted mode, per-user and
per-address rate limits on grading and on feedback about the user's text.

Two plain ASGI middlewares, so a refusal costs nothing downstream:
- BodyLimitMiddleware, outside the sign-in gate: a declared Content-Length over the route's cap is
  refused (413) before a byte is read, and the body is counted as it streams in, so a body that lies
  about its length (or has none, chunked) is cut off at the cap, never read whole.
- RateLimitMiddleware, just inside the gate (it knows the user): the routes in GRADING and ANSWERS
  count one request per user and per client address in Redis (accounts.throttle.RateLimiter); over
  either limit the answer is 429 with Retry-After and one sentence, and the route never runs.
Local mode has no rate limits at all. The tables name routes by method and declared path; a test
holds them to the app's routes, and every route taking a file must have an upload cap here.
"""

from __future__ import annotations

from dataclasses import dataclass

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request

from offerloop.errors import OfferloopError

# Grading: problem runs and submissions (the take-home's --run is not offered on the web).
GRADING = (
    ("POST", "/api/problems/{slug}/run"),
    ("POST", "/api/problems/{slug}/submissions"),
)
# Every route that computes feedback on the user's text, pages included.
ANSWERS = (
    ("POST", "/api/cards/{slug}/answer"),
    ("POST", "/api/cards/{slug}/review"),  # a rating with the typed answer is judged too
    ("POST", "/api/stories/analyze"),
    ("POST", "/api/stories/answers/preview"),
    ("POST", "/api/stories/practice"),
    ("POST", "/api/design/review"),
    ("POST", "/api/design/review-file"),
    ("POST", "/api/mock/loops/{loop_id}/rounds/{position}/items/{index}"),
    ("POST", "/api/mock/loops/{loop_id}/rounds/{position}/submit"),
    ("POST", "/api/resume/check"),
    ("POST", "/api/resume/bullet"),
    ("POST", "/api/resume/match"),
    ("POST", "/api/resume/cover-letter"),
    ("POST", "/api/resumes"),
    ("POST", "/resume/analyze"),
    ("POST", "/resume/cover-letter"),
    ("POST", "/api/takehome/reviews"),
    ("POST", "/takehome/review"),
)
SENTENCES = {
    "grading": "Too many gradings from your account or your network in a short time; try again in {n} seconds.",
    "answers": "Too many feedback requests from your account or your network in a short time; "
               "try again in {n} seconds.",
}
FORM_ROOM = 64 * 1024  # multipart boundaries, part headers and the small fields beside the file


@dataclass(frozen=True)
class Upload:
    """An upload route's cap: `nominal` is what its sentence names (the file limit its area checks),
    `cap` the whole body allowed (nominal plus the form around it)."""

    nominal: int
    cap: int
    what: str


def uploads() -> dict[tuple[str, str], Upload]:
    """Every route taking a file or a raw upload, with its cap (from the areas' own limits)."""
    from offerloop.design.review import MAX_CHARS
    from offerloop.resume.parse import MAX_BYTES as RESUME
    from offerloop.web.routers.cards import MAX_CSV_BYTES
    from offerloop.web.routers.takehome import MAX_UPLOAD

    csv = Upload(MAX_CSV_BYTES, MAX_CSV_BYTES + FORM_ROOM, "a card CSV import")
    resume = Upload(RESUME, RESUME + FORM_ROOM, "a resume upload")
    # A resume and a job description (a file, or up to 100,000 characters of text) together.
    match = Upload(2 * RESUME, 2 * RESUME + 400_000 + FORM_ROOM, "a resume match")
    takehome = Upload(MAX_UPLOAD, MAX_UPLOAD + 100_000, "a take-home review")
    return {
        ("POST", "/api/cards/import-csv"): csv,
        ("POST", "/cards/import"): csv,
        ("POST", "/api/design/review-file"): Upload(MAX_CHARS * 4, MAX_CHARS * 4 + FORM_ROOM, "a design file"),
        ("POST", "/api/resume/check"): resume,
        ("POST", "/api/resumes"): resume,
        ("POST", "/api/resume/match"): match,
        ("POST", "/resume/analyze"): match,
        ("POST", "/api/takehome/reviews"): takehome,
        ("POST", "/takehome/review"): takehome,
        ("POST", "/api/applications/import-csv"): Upload(CSV_IMPORT, CSV_IMPORT, "an applications CSV import"),
    }


CSV_IMPORT = 5_000_000  # the tracker's CSV body: thousands of applications fit many times over


def size(n: int) -> str:
    if n >= 1_000_000:
        mb = n / (1024 * 1024) if n % (1024 * 1024) == 0 else n / 1_000_000
        return f"{mb:g} MB"
    return f"{n // 1000:,} KB"


def too_large(upload: Upload | None, general: int) -> str:
    if upload is None:
        return f"The request body is larger than {size(general)}, the most offerloop accepts."
    return f"The upload is larger than {size(upload.nominal)}, the most {upload.what} accepts."


def _route_path(scope) -> str:
    path, root = scope["path"], scope.get("root_path", "")
    return path[len(root):] if root and path.startswith(root) else path


def routes(app):
    """(declared path with its routers' prefixes, methods) of every route of the app."""

    def walk(items, prefix=""):
        for r in items:
            if hasattr(r, "original_router"):  # an included router (FastAPI keeps it whole)
                yield from walk(r.original_router.routes, prefix + r.include_context.prefix)
            elif getattr(r, "methods", None) and getattr(r, "path", None) is not None:
                yield prefix + r.path, set(r.methods)

    return list(walk(app.routes))


def resolve(app, table: dict) -> tuple[list[tuple[object, str, object]], list[tuple[str, str]]]:
    """([(path regex, method, value)] for every table entry among the app's routes, [entries not found])."""
    from starlette.routing import compile_path

    known = routes(app)
    found, missing = [], []
    for (method, path), value in table.items():
        if any(p == path and method in methods for p, methods in known):
            found.append((compile_path(path)[0], method, value))
        else:
            missing.append((method, path))
    return found, missing


def _lookup(resolved, scope):
    method, path = scope["method"].upper(), _route_path(scope)
    for regex, m, value in resolved:
        if m == method and regex.match(path):
            return value
    return None


class _TooLarge(StarletteHTTPException):
    """Raised from receive() once the body passes its cap; FastAPI's body parsing lets HTTPException
    through, so the route's own error boundary answers 413 with the sentence."""


async def _refuse(scope, receive, send, status: int, message: str, headers: dict | None = None) -> None:
    from offerloop.web.errors import _answer

    response = _answer(Request(scope, receive), status, message, headers=headers)
    await response(scope, receive, send)


class BodyLimitMiddleware:
    def __init__(self, app, general: int):
        self.app = app
        self.general = general
        self._uploads = None

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self._uploads is None:
            self._uploads = resolve(scope["app"], uploads())[0]
        upload = _lookup(self._uploads, scope)
        cap = upload.cap if upload is not None else self.general
        message = too_large(upload, self.general)
        declared = Headers(scope=scope).get("content-length")
        if declared is not None and declared.strip().isdigit() and int(declared) > cap:
            await _refuse(scope, receive, send, 413, message)  # nothing of the body is read
            return
        state = {"over": False, "started": False, "replaced": False}
        seen = 0

        async def limited_receive():
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > cap:
                    state["over"] = True
                    raise _TooLarge(413, message)
            return msg

        async def guarded_send(msg):
            # A route that caught the error and answered otherwise (a 422 about an unreadable form)
            # is replaced by the 413: the size is the reason.
            if msg["type"] == "http.response.start":
                if state["over"] and msg["status"] != 413:
                    state["replaced"] = True
                    return
                state["started"] = True
            elif state["replaced"]:
                return
            await send(msg)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except _TooLarge:
            if state["started"]:
                raise
            state["replaced"] = True
        if state["replaced"] and not state["started"]:
            await _refuse(scope, receive, send, 413, message)


class RateLimitMiddleware:
    def __init__(self, app, limiter):
        self.app = app
        self.limiter = limiter
        self._routes = None

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"].upper() in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        if self._routes is None:
            app = scope["app"]
            self._routes = resolve(app, {key: "grading" for key in GRADING})[0] + \
                resolve(app, {key: "answers" for key in ANSWERS})[0]
        rule = _lookup(self._routes, scope)
        user = scope.get("state", {}).get("user")
        if rule is not None and user is not None:
            from offerloop.web.auth import client_address

            try:
                wait = await run_in_threadpool(self.limiter.check, rule, user.user_id, client_address(scope))
            except OfferloopError as exc:  # Redis is down: refused with a sentence (503), never unlimited
                await _refuse(scope, receive, send, exc.http_status, str(exc))
                return
            if wait:
                await _refuse(scope, receive, send, 429, SENTENCES[rule].format(n=wait),
                              headers={"Retry-After": str(wait)})
                return
        await self.app(scope, receive, send)


def install(app, ol) -> None:
    """Body caps in both modes; in hosted mode the rate limits, just inside the sign-in gate (call
    after the gate is installed)."""
    from starlette.middleware import Middleware

    from offerloop.web.auth import AuthMiddleware

    settings = ol.settings
    body = Middleware(BodyLimitMiddleware, general=settings.max_body_mb * 1024 * 1024)
    # user_middleware runs outermost first: the body cap just outside the gate (which may read a form
    # for its CSRF token), the rate limits just inside it (they need the user it found).
    at = next((i for i, m in enumerate(app.user_middleware) if m.cls is AuthMiddleware), None)
    if settings.hosted:
        from offerloop.accounts.throttle import limiter_for

        if at is None:
            raise RuntimeError("limits.install must run after the sign-in gate is installed")
        limiter = limiter_for(settings)
        app.state.limiter = limiter
        app.user_middleware.insert(at + 1, Middleware(RateLimitMiddleware, limiter=limiter))
    app.user_middleware.insert(at if at is not None else 0, body)
    _document(app, settings)


def _document(app, settings) -> None:
    """The schema says which operations have an upload cap (413, with the size), which are rate-limited
    (429, hosted) and which may meet a full grading queue (503)."""
    build = app.openapi
    done: set[int] = set()
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}}

    def openapi():
        schema = build()
        if id(schema) in done:
            return schema
        paths = schema.get("paths", {})

        def operation(method: str, path: str):
            return paths.get(path.replace(":int", ""), {}).get(method.lower())

        for (method, path), upload in uploads().items():
            op = operation(method, path)
            if op is None:
                continue
            note = f"Uploads over {size(upload.nominal)} are refused with 413 before they are read."
            op["description"] = ((op.get("description") or "").rstrip() + "\n\n" + note).strip()
            op.setdefault("responses", {})["413"] = {"description": too_large(upload, 0), **body}
        for method, path in GRADING:
            op = operation(method, path)
            if op is not None:
                op.setdefault("responses", {})["503"] = {
                    "description": "The grading queue is full (Retry-After says when to try again), or no worker "
                                   "answered.", **body}
        if settings.hosted:
            window = settings.limit_window
            for kind, routes, per_user, per_ip in (
                    ("gradings", GRADING, settings.grading_per_user, settings.grading_per_ip),
                    ("feedback requests", ANSWERS, settings.answers_per_user, settings.answers_per_ip)):
                for method, path in routes:
                    op = operation(method, path)
                    if op is not None:
                        op.setdefault("responses", {})["429"] = {
                            "description": f"Over {per_user} {kind} per user or {per_ip} per address in "
                                           f"{window} s; Retry-After says when to try again.", **body}
        done.add(id(schema))
        return schema

    app.openapi = openapi
