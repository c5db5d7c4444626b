"""create_app(): the FastAPI application over one Offerloop object."""

from __future__ import annotations

import threading
from contextlib import asynccontextmanager
from importlib import import_module
from importlib.util import find_spec
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles

from offerloop import __version__
from offerloop.areas import AREAS

STATIC = Path(__file__).parent / "static"


def create_served_app() -> FastAPI:
    """The app as a server process runs it (`offerloop serve`, gunicorn's workers): create_app from
    the environment, warmed up (see warm): before the first request in hosted mode, where `make hosted`
    waits for the readiness probe anyway; beside the first requests on a laptop, where the page must
    open at once (the warm-up takes several seconds)."""
    from offerloop.app import Offerloop

    ol = Offerloop()
    return create_app(ol, warm_up="before" if ol.settings.hosted else "beside")


WARM_ANSWER = "A first answer that loads each card's claims before a candidate waits for them."
# The areas' services, which routes import on first use: each first page of a process paid for them
# (200 ms and more for the home page and the board).
PAGE_MODULES = ("offerloop.tracker.service", "offerloop.tracker.calendar", "offerloop.plan.service",
                "offerloop.readiness.today", "offerloop.practice.service", "offerloop.practice.review",
                "offerloop.cards.queue", "offerloop.design.service", "offerloop.mock.service",
                "offerloop.resume.service", "offerloop.stories.service", "offerloop.takehome.service",
                "offerloop.offers.service")


def warm(ol) -> None:
    """Load what requests share (the areas' modules, the content bank, every card's compiled claims,
    the page templates),
    then move it all out of the garbage collector's sight with gc.freeze(). A warmed web process
    holds about 300,000 long-lived objects: a full collection walked them all and stopped every
    request of the process for 300 ms or more, which was the tail of the hosted load run."""
    import gc
    import importlib

    from offerloop.cards.service import _bank_items_of
    from offerloop.web.deps import TEMPLATES

    from sqlalchemy import text
    from sqlalchemy.orm import configure_mappers

    for name in PAGE_MODULES:
        importlib.import_module(name)
    configure_mappers()
    with ol.session(system=True) as s:  # the session factory and its ownership rules: 400 ms once
        s.execute(text("SELECT 1"))
    for item in _bank_items_of(ol.content):  # the items every card request shares
        item.judge(WARM_ANSWER)
    for name in TEMPLATES.env.list_templates():
        TEMPLATES.get_template(name)
    gc.collect()
    gc.freeze()


def create_app(offerloop=None, *, warm_up: str | None = None) -> FastAPI:
    """Build the web app. Without an Offerloop object, one is made from the environment. warm_up
    (server processes; tests leave it off): "before" runs warm at startup, before the first request;
    "beside" runs it in a thread while requests are answered (app.state.warmed is set when done)."""
    from offerloop.app import Offerloop
    from offerloop.web import errors
    from offerloop.web.deps import ERROR_RESPONSES, render

    ol = offerloop or Offerloop()
    ol.engine  # migrate and check the database before the first request
    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        if warm_up == "before":
            from starlette.concurrency import run_in_threadpool

            await run_in_threadpool(warm, ol)
            app.state.warmed.set()
        elif warm_up == "beside":
            def warm_and_say() -> None:
                try:
                    warm(ol)
                finally:
                    app.state.warmed.set()

            threading.Thread(target=warm_and_say, name="offerloop-warm-up", daemon=True).start()
        yield
        ol.close()

    # /docs is served below from assets installed with the package (no CDN: it works offline).
    app = FastAPI(title="offerloop", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Local-first workbench for the ML interview loop.")
    app.state.offerloop = ol
    app.state.warmed = threading.Event()
    if ol.settings.hosted:
        _install_hosted(app, ol)  # inside the request-id middleware, which errors.install adds last (outermost)
        from offerloop.web import logs

        logs.install(app)  # JSON logs, one access line per request (outside the gate, inside the request id)
    from offerloop.web import limits

    limits.install(app, ol)  # body caps; in hosted mode the rate limits (after the gate, which they sit inside)
    errors.install(app)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    @app.get("/docs", include_in_schema=False)
    def api_docs():
        from fastapi.openapi.docs import get_swagger_ui_html

        vendor = "/static/vendor/swagger-ui"
        return get_swagger_ui_html(openapi_url=app.openapi_url, title="offerloop API",
                                   swagger_js_url=f"{vendor}/swagger-ui-bundle.js",
                                   swagger_css_url=f"{vendor}/swagger-ui.css",
                                   swagger_favicon_url=f"{vendor}/favicon-32x32.png")

    from offerloop.web.routers import home, probes

    app.include_router(home.router, responses=ERROR_RESPONSES)
    app.include_router(probes.router, responses=ERROR_RESPONSES)  # GET /api/ready
    from offerloop.web.routers import me

    app.include_router(me.router, responses=ERROR_RESPONSES)  # the user's own export, in both modes
    if ol.settings.hosted:
        from offerloop.web.routers import accounts, coach

        app.include_router(accounts.router, responses=ERROR_RESPONSES)
        app.include_router(me.hosted_router, responses=ERROR_RESPONSES)  # sharing, deleting the account
        app.include_router(coach.router, responses=ERROR_RESPONSES)  # the coach's cohort view
    ready: set[str] = set()
    # An area is live once its router module exists; until then its page says so plainly.
    for area in AREAS:
        name = f"offerloop.web.routers.{area.slug}"
        if find_spec(name) is not None:
            module = import_module(name)
            app.include_router(module.router, responses=ERROR_RESPONSES)
            ready.add(area.slug)
    app.state.ready_areas = ready

    for area in AREAS:
        if area.slug not in ready:
            def _coming(request: Request, _area=area):
                return render(request, "coming.html", area=_area, active=_area.slug)

            app.add_api_route(f"/{area.slug}", _coming, include_in_schema=False)

    return app


def _install_hosted(app: FastAPI, ol) -> None:
    """Hosted mode: the sign-in gate in front of every route, and one Offerloop per signed-in user
    (kept in a small LRU, since managers cache per-object work such as the card bank's index)."""
    import threading
    from collections import OrderedDict

    from offerloop.web.auth import AuthMiddleware

    ol.accounts.throttle  # fail at start, in one sentence, when hosted mode has no Redis for throttling
    cache: OrderedDict[int, object] = OrderedDict()
    lock = threading.Lock()

    def for_user(user_id: int):
        with lock:
            found = cache.get(user_id)
            if found is None:
                found = cache[user_id] = ol.for_user_id(user_id)
                if len(cache) > 512:
                    cache.popitem(last=False)
            else:
                cache.move_to_end(user_id)
            return found

    app.state.for_user = for_user
    app.add_middleware(AuthMiddleware, accounts=ol.accounts)
    _document_the_gate(app)


def _document_the_gate(app: FastAPI) -> None:
    """The gate answers 401, 403 and 413 on operations whose code never raises them: the hosted
    schema says so, so a client (and the contract test) sees every status it can meet."""
    from offerloop.web.auth import is_open

    build = app.openapi

    def openapi():
        if app.openapi_schema is None:
            schema = build()
            body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}}
            for path, item in schema.get("paths", {}).items():
                for method, operation in item.items():
                    if is_open(path, method.upper()):
                        continue
                    responses = operation.setdefault("responses", {})
                    responses.setdefault("401", {"description": "Not signed in.", **body})
                    if method.upper() not in ("GET", "HEAD", "OPTIONS"):
                        responses.setdefault("403", {"description": "No CSRF token, or not this session's.",
                                                     **body})
                        responses.setdefault("413", {"description": "The form is too large to accept.", **body})
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi
