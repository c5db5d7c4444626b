"""A live server on a free port and a real headless Chromium driven by Playwright."""

from __future__ import annotations

import shutil
import socket
import threading
import time

import pytest

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def live_server(settings_for):
    """Serve a fresh SQLite store over real HTTP; yields (base_url, offerloop)."""
    import uvicorn

    from offerloop.app import Offerloop
    from offerloop.web.app import create_app

    ol = Offerloop(settings_for("sqlite"))
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(ol), host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}", ol
    server.should_exit = True
    thread.join(timeout=10)
    ol.close()


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        from tests.conftest import need_service

        need_service("/usr/bin/chromium is not installed (make install installs it)", "Chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    yield pg
    context.close()
