"""A busy server: sign-ins hold no database connection while argon2 runs, and a request that cannot
get a connection in time gets 503 with a sentence, not a 500, and leaves nothing half written."""

from __future__ import annotations

import pytest

from offerloop.accounts import passwords
from tests.accounts.conftest import PASSWORD, sign_in


def test_sign_in_holds_no_database_connection_while_the_password_is_checked(hosted, user, monkeypatch):
    email = user()
    pool = hosted.engine.pool
    held: list[int] = []
    real_verify = passwords.verify

    def verify_and_count(stored, password):
        held.append(pool.checkedout())  # connections out of the pool while argon2 runs
        return real_verify(stored, password)

    monkeypatch.setattr(passwords, "verify", verify_and_count)
    token, signed_in = hosted.accounts.sign_in(email, PASSWORD, "127.0.0.1")
    assert token and signed_in.email == email
    assert held == [0]
    with pytest.raises(Exception, match="not right"):
        hosted.accounts.sign_in(email, "a wrong password here", "127.0.0.1")
    assert held == [0, 0]


def test_a_password_changed_while_it_was_checked_does_not_sign_in(hosted, user, monkeypatch):
    email = user()
    real_verify = passwords.verify

    def verify_then_reset(stored, password):
        ok = real_verify(stored, password)
        hosted.accounts.reset_password(email, "a brand new password 42")  # meanwhile, an admin resets it
        return ok

    monkeypatch.setattr(passwords, "verify", verify_then_reset)
    with pytest.raises(Exception, match="not right"):
        hosted.accounts.sign_in(email, PASSWORD, "127.0.0.1")
    monkeypatch.setattr(passwords, "verify", real_verify)
    token, _ = hosted.accounts.sign_in(email, "a brand new password 42", "127.0.0.1")
    assert token


@pytest.fixture
def one_connection(hosted_settings):
    """A hosted app whose processes have a single database connection and wait half a second for it."""
    from offerloop.app import Offerloop

    app = Offerloop(hosted_settings.model_copy(update={"db_pool_size": 1, "db_pool_overflow": 0,
                                                       "db_pool_timeout": 0.5}))
    yield app
    counter = app.accounts.throttle.counter
    for key in counter._redis.scan_iter(counter._space + "*"):
        counter._redis.delete(key)
    counter.close()
    app.close()


def test_no_free_connection_is_a_503_sentence_and_nothing_is_written(one_connection):
    from fastapi.testclient import TestClient

    from offerloop.web.app import create_app

    one_connection.accounts.add_user("busy@example.org", PASSWORD, "candidate")
    with TestClient(create_app(one_connection)) as client:
        sign_in(client, "busy@example.org")
        body = {"company": "Acme", "role": "ML engineer", "type": "startup"}
        held = one_connection.engine.connect()  # the only connection, taken by someone else
        try:
            r = client.post("/api/applications", json=body)
        finally:
            held.close()
        assert r.status_code == 503, r.text
        assert r.json()["error"] == ("The server is too busy to reach its database right now; try again in a few "
                                     "seconds.")
        assert client.get("/api/applications").json() == []
        assert client.post("/api/applications", json=body).status_code in (200, 201)
        assert [a["company"] for a in client.get("/api/applications").json()] == ["Acme"]
