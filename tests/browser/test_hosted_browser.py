"""Hosted mode in a real Chromium: the sign-in redirect, and the base template's CSRF plumbing (the
token added to the pages' own fetch() calls and to plain POST forms), then signing out."""

from __future__ import annotations

import threading
import time

import pytest

from tests.accounts.conftest import PASSWORD, REDIS, _redis_reachable
from tests.browser.conftest import _free_port
from tests.conftest import need_service

pytestmark = pytest.mark.browser


@pytest.fixture
def hosted_server(settings_for):
    import uvicorn

    from offerloop.app import Offerloop
    from offerloop.web.app import create_app

    need_service(_redis_reachable(), "Redis at 127.0.0.1:6379")
    ol = Offerloop(settings_for("sqlite").model_copy(update={"mode": "hosted", "redis_url": REDIS}))
    ol.accounts.add_user("ada@example.org", PASSWORD)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(ol), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "the test server did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}", ol
    server.should_exit = True
    thread.join(timeout=10)
    ol.close()


def test_sign_in_then_pages_send_the_csrf_token_then_sign_out(hosted_server, page):
    base, ol = hosted_server
    page.goto(base + "/offers")
    assert page.url == base + "/signin?next=/offers"
    page.fill("#email", "ada@example.org")
    page.fill("#password", PASSWORD)
    page.click("form.auth-form button[type=submit]")
    page.wait_for_url(base + "/offers")

    # The pages' own fetch() calls carry the token without knowing about it.
    status = page.evaluate("""async () => (await fetch('/api/stories', {method: 'POST',
        headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({title: 'Launch', text: 'I shipped the ranking model on time.'})})).status""")
    assert status == 201
    # A plain HTML form posts its hidden csrf_token field.
    page.goto(base + "/cards")
    page.fill("#own-question", "What does recall at k measure?")
    page.click("form[action='/cards/own'] button[type=submit]")
    page.wait_for_load_state()
    assert "Something went wrong" not in page.content()
    user_id = ol.accounts.list_users()[0]["id"]
    mine = ol.for_user_id(user_id)
    with mine.session() as s:
        assert [c.question for c in mine.cards.own_rows(s)] == ["What does recall at k measure?"]

    page.click("form.signout button[type=submit]")
    page.wait_for_url(base + "/signin")
    status = page.evaluate("async () => (await fetch('/api/stories')).status")
    assert status == 401


def test_account_page_changes_what_coaches_see(hosted_server, page):
    base, ol = hosted_server
    page.goto(base + "/signin")
    page.fill("#email", "ada@example.org")
    page.fill("#password", PASSWORD)
    page.click("form.auth-form button[type=submit]")
    page.wait_for_url(base + "/")
    page.click("header.top a[href='/account']")
    page.wait_for_url(base + "/account")
    page.uncheck("form#sharing input[name=readiness]")
    page.check("form#sharing input[name=companies]")
    page.click("form#sharing button[type=submit]")
    page.wait_for_url(base + "/account?saved=1")
    assert page.is_checked("form#sharing input[name=companies]")
    assert not page.is_checked("form#sharing input[name=readiness]")
    mine = ol.for_user_id(ol.accounts.list_users()[0]["id"])
    assert mine.coaching.sharing() == {"readiness": False, "activity": True, "interviews": True, "companies": True}
