"""Local mode is unchanged (no sign-in, no session routes, no CSRF); hosted mode refuses to start
without Redis for its throttle, and says so in one sentence when Redis goes away."""

from __future__ import annotations

import pytest

from offerloop.errors import StorageError
from tests.accounts.conftest import PASSWORD


def test_local_mode_has_no_sign_in_and_no_csrf(client):
    assert client.app.state.offerloop.settings.mode == "local"
    assert client.get("/api/stories").status_code == 200
    assert client.post("/api/stories", json={"title": "Launch", "text": "I shipped it on time."}).status_code == 201
    assert client.post("/offers/profile", data={"level": "mid"}, follow_redirects=False).status_code == 303
    page = client.get("/stories")
    assert page.status_code == 200 and "csrf-token" not in page.text and "Sign out" not in page.text
    assert client.get("/api/session").status_code == 404
    assert client.get("/signin").status_code == 404
    assert not any(p.startswith("/api/session") for p in client.app.openapi()["paths"])


def test_hosted_mode_needs_redis_for_its_throttle(settings_for):
    from offerloop.app import Offerloop
    from offerloop.web.app import create_app

    ol = Offerloop(settings_for("sqlite").model_copy(update={"mode": "hosted", "redis_url": None,
                                                             "broker_url": None}))
    try:
        with pytest.raises(StorageError, match="OFFERLOOP_REDIS_URL"):
            create_app(ol)
    finally:
        ol.close()


def test_a_lost_redis_refuses_sign_in_with_a_sentence(settings_for):
    from fastapi.testclient import TestClient

    from offerloop.app import Offerloop
    from offerloop.web.app import create_app

    # Port 1 on loopback: nothing listens there, a real connection refused.
    ol = Offerloop(settings_for("sqlite").model_copy(update={"mode": "hosted", "redis_url": "redis://127.0.0.1:1/0"}))
    try:
        ol.accounts.add_user("ada@example.org", PASSWORD)
        with TestClient(create_app(ol)) as c:
            r = c.post("/api/session", json={"email": "ada@example.org", "password": PASSWORD})
            assert r.status_code == 503
            assert r.json()["error"].startswith("Sign-in is unavailable for a moment")
            assert "set-cookie" not in r.headers
    finally:
        ol.close()
