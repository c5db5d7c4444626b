"""Hosted-mode fixtures: an Offerloop in hosted mode on real SQLite or PostgreSQL (a fresh store per
test, from the shared `settings_for`), real Redis for the sign-in throttle, and signed-in clients."""

from __future__ import annotations

import os
import uuid

import pytest

from tests.conftest import need_service

REDIS = os.environ.get("OFFERLOOP_TEST_REDIS", "redis://127.0.0.1:6379/15")
PASSWORD = "correct horse battery staple"


def _redis_reachable() -> str | None:
    import redis

    try:
        client = redis.Redis.from_url(REDIS, socket_connect_timeout=2)
        client.ping()
        client.close()
        return None
    except Exception as exc:  # any failure means "not reachable" for the skip message
        return str(exc).splitlines()[0]


@pytest.fixture
def hosted_settings(settings_for, backend):
    need_service(_redis_reachable(), "Redis at 127.0.0.1:6379")
    base = settings_for(backend)
    return base.model_copy(update={"mode": "hosted", "redis_url": REDIS})


@pytest.fixture
def hosted(hosted_settings):
    """A hosted Offerloop. Its throttle keys live under a namespace of this store's URL, and the
    counters are wiped after the test, so runs sharing one Redis never see each other's failures."""
    from offerloop.app import Offerloop

    app = Offerloop(hosted_settings)
    yield app
    counter = app.accounts.throttle.counter
    for key in counter._redis.scan_iter(counter._space + "*"):
        counter._redis.delete(key)
    counter.close()
    app.close()


@pytest.fixture
def web(hosted):
    """make() -> a new in-process HTTP client (its own cookie jar) on the hosted app."""
    from fastapi.testclient import TestClient

    from offerloop.web.app import create_app

    app = create_app(hosted)
    clients = []

    def make(**kw):
        client = TestClient(app, **kw)
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


def new_email(tag: str = "u") -> str:
    return f"{tag}-{uuid.uuid4().hex[:8]}@example.org"


@pytest.fixture
def user(hosted):
    """user(role="candidate") -> the email of a new account (password PASSWORD)."""

    def make(role: str = "candidate", tag: str = "u") -> str:
        email = new_email(tag)
        hosted.accounts.add_user(email, PASSWORD, role)
        return email

    return make


def sign_in(client, email: str, password: str = PASSWORD) -> str:
    """Sign the client in; returns the CSRF token and sets it as the client's default header."""
    r = client.post("/api/session", json={"email": email, "password": password})
    assert r.status_code == 200, r.text
    token = r.json()["csrf_token"]
    client.headers["X-CSRF-Token"] = token
    return token
