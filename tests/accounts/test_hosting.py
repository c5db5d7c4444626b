"""Hosted operation, in-process (issue 17, point 4): the readiness probe and the JSON request log.

The real stack (gunicorn, uvicorn workers, `offerloop worker`) is in test_hosting_stack.py.
"""

from __future__ import annotations

import json
import socket

import pytest

from tests.accounts.conftest import REDIS, _redis_reachable, sign_in
from tests.conftest import need_service


def _closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def hosted_with(hosted_settings):
    """hosted_with(**settings) -> a web client (anonymous) on a hosted app with those settings."""
    from fastapi.testclient import TestClient

    from offerloop.app import Offerloop
    from offerloop.web.app import create_app

    made = []

    def make(**update):
        ol = Offerloop(hosted_settings.model_copy(update=update))
        client = TestClient(create_app(ol), raise_server_exceptions=False)
        client.__enter__()
        made.append((ol, client))
        return client

    yield make
    for ol, client in made:
        client.__exit__(None, None, None)
        ol.close()


def test_ready_answers_200_when_the_database_and_the_broker_answer(hosted_with):
    client = hosted_with(broker_url=REDIS)
    r = client.get("/api/ready")  # anonymous: a load balancer has no session
    assert r.status_code == 200, r.text
    assert r.json() == {"status": "ready", "checks": {"database": "ok", "broker": "ok"}}
    assert client.get("/api/health").json() == {"status": "ok"}  # liveness unchanged


def test_ready_is_503_naming_the_broker_when_its_port_is_closed(hosted_with):
    port = _closed_port()
    client = hosted_with(broker_url=f"redis://127.0.0.1:{port}/0", redis_url=REDIS)
    r = client.get("/api/ready")
    assert r.status_code == 503
    body = r.json()
    assert body["error"] == "Not ready: the grading queue's broker cannot be reached."
    assert body["checks"] == {"database": "ok", "broker": "down", "counters": "ok"}
    assert str(port) not in r.text and "redis://" not in r.text  # open to anyone: no address given away
    assert client.get("/api/health").status_code == 200  # alive, just not ready


def test_ready_is_503_naming_the_database_when_its_schema_is_behind(hosted_with):
    import sqlalchemy as sa

    client = hosted_with()
    ol = client.app.state.offerloop
    with ol.engine.begin() as conn:
        stamped = [row[0] for row in conn.execute(sa.text("SELECT version_num FROM alembic_version"))]
        conn.execute(sa.text("DELETE FROM alembic_version WHERE version_num = :v"), {"v": stamped[0]})
    try:
        r = client.get("/api/ready")
        assert r.status_code == 503
        assert r.json()["error"].startswith("Not ready: the database holds an older schema than this version")
        assert r.json()["checks"] == {"database": "down", "counters": "ok"}
    finally:
        with ol.engine.begin() as conn:
            conn.execute(sa.text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": stamped[0]})
    assert client.get("/api/ready").status_code == 200


def test_ready_is_503_for_a_process_older_than_its_database(hosted_with):
    import sqlalchemy as sa

    client = hosted_with()
    ol = client.app.state.offerloop
    with ol.engine.begin() as conn:  # as if a newer offerloop had migrated the database meanwhile
        conn.execute(sa.text("INSERT INTO alembic_version (version_num) VALUES ('zz_future_0001')"))
    try:
        r = client.get("/api/ready")
        assert r.status_code == 503
        assert r.json()["error"] == ("Not ready: the database holds a newer schema than this version of offerloop "
                                     "(restart it on the new version).")
    finally:
        with ol.engine.begin() as conn:
            conn.execute(sa.text("DELETE FROM alembic_version WHERE version_num = 'zz_future_0001'"))


def test_ready_is_in_the_schema_open_and_with_its_503(hosted_with):
    schema = hosted_with().get("/openapi.json").json()
    operation = schema["paths"]["/api/ready"]["get"]
    assert set(operation["responses"]) >= {"200", "503"}
    assert "401" not in operation["responses"]  # the gate lets it through, so the schema does not list 401
    not_ready = operation["responses"]["503"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
    assert set(schema["components"]["schemas"][not_ready]["properties"]) == {"error", "status", "checks"}


def _json_lines(text: str) -> list[dict]:
    out = []
    for line in text.splitlines():
        if line.startswith("{"):
            out.append(json.loads(line))  # every line the JSON handler writes must parse
    return out


def test_each_request_writes_one_json_line_with_its_request_id(web, user, capsys):
    a = web()
    email = user()
    sign_in(a, email)
    me = a.get("/api/session").json()
    capsys.readouterr()  # only the lines of the requests below

    r = a.get("/api/problems/two-sum/submissions", headers={"X-Request-ID": "probe-7f3a"})
    anon = web().get("/api/applications")
    err = capsys.readouterr().err

    assert r.headers["x-request-id"] == "probe-7f3a"
    access = [line for line in _json_lines(err) if line["logger"] == "offerloop.access"]
    assert len(access) == 2, err
    mine, theirs = access
    assert set(mine) == {"ts", "level", "logger", "message", "request_id", "method", "path", "status",
                         "duration_ms", "user_id"}
    assert mine["request_id"] == "probe-7f3a" and mine["method"] == "GET"
    assert mine["path"] == "/api/problems/{slug}/submissions"  # the template: no ids or slugs in the log
    assert mine["status"] == r.status_code and mine["user_id"] == me["user_id"]
    assert isinstance(mine["duration_ms"], float) and 0 <= mine["duration_ms"] < 60_000
    assert mine["ts"].endswith("+00:00") and mine["level"] == "info"
    # The gate's refusal is logged too: anonymous, with the id the client was sent back.
    assert anon.status_code == 401
    assert theirs["status"] == 401 and theirs["user_id"] is None
    assert theirs["request_id"] == anon.headers["x-request-id"] and len(theirs["request_id"]) == 32


def test_access_lines_name_templates_not_paths(web, capsys):
    client = web()
    capsys.readouterr()
    assert client.get("/static/cards.css").status_code == 200
    assert client.get("/no/such/page", follow_redirects=False).status_code == 303  # the gate: sign in first
    access = [line for line in _json_lines(capsys.readouterr().err) if line["logger"] == "offerloop.access"]
    assert [line["path"] for line in access] == ["/static/{path}", "/no/such/page"]  # unmatched: the bare path


def test_an_unexpected_error_logs_its_traceback_under_the_request_id(hosted, user, capsys):
    from fastapi.testclient import TestClient

    from offerloop.web.app import create_app

    app = create_app(hosted)

    @app.get("/api/bug")
    def bug():
        raise RuntimeError("a bug no user should see")

    with TestClient(app, raise_server_exceptions=False) as client:
        sign_in(client, user())
        capsys.readouterr()
        r = client.get("/api/bug")
    err = capsys.readouterr().err
    assert r.status_code == 500 and "a bug no user should see" not in r.text
    rid = r.headers["x-request-id"]
    lines = [line for line in _json_lines(err) if line.get("request_id") == rid]
    error = next(line for line in lines if line["level"] == "error")
    assert "RuntimeError: a bug no user should see" in error["exc"]
    assert any(line["logger"] == "offerloop.access" and line["status"] == 500 for line in lines)


def test_local_mode_writes_no_access_lines(client, capsys):
    capsys.readouterr()
    assert client.get("/api/ready").status_code == 200  # the probe exists on a laptop too
    assert not [line for line in _json_lines(capsys.readouterr().err) if line["logger"] == "offerloop.access"]


@pytest.mark.parametrize("env, sentence", [
    ({}, "The hosted stack needs OFFERLOOP_MODE=hosted (a laptop uses `make run`)."),
    ({"OFFERLOOP_MODE": "hosted"}, "The hosted stack runs on PostgreSQL: set OFFERLOOP_DATABASE_URL"),
    ({"OFFERLOOP_MODE": "hosted", "OFFERLOOP_DATABASE_URL": "postgresql+psycopg://postgres@127.0.0.1:5432/test"},
     "The hosted stack grades on a task queue: set OFFERLOOP_BROKER_URL"),
])
def test_the_stack_refuses_what_it_cannot_run_on_in_one_sentence(env, sentence, monkeypatch, tmp_path, capsys):
    from offerloop.hosting import main

    for name in ("OFFERLOOP_MODE", "OFFERLOOP_DATABASE_URL", "OFFERLOOP_BROKER_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OFFERLOOP_DATA_DIR", str(tmp_path))
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert main() == 2  # before anything is started
    err = capsys.readouterr().err
    assert err.startswith("offerloop hosted: " + sentence) and err.count("\n") == 1


class _Proxy:
    """A TCP relay on loopback in front of PostgreSQL: stopping it is the database going away for
    this app alone (the shared server keeps running for everyone else)."""

    def __init__(self, target_port: int):
        self.target_port = target_port
        self.port = _closed_port()
        self._socks: list[socket.socket] = []
        self._listener: socket.socket | None = None

    def start(self) -> None:
        import threading

        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener) -> None:
        import threading

        while True:
            try:
                client, _ = listener.accept()
            except OSError:  # closed by stop()
                return
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            self._socks += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(src, dst) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def stop(self) -> None:
        try:
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept(); close() alone would not
        except OSError:
            pass
        self._listener.close()
        for s in self._socks:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()
        self._socks.clear()


@pytest.mark.postgres
def test_ready_is_503_naming_the_database_when_it_goes_away_and_200_when_it_is_back(settings_for):
    import time

    from fastapi.testclient import TestClient
    from sqlalchemy.engine import make_url

    from offerloop.app import Offerloop
    from offerloop.web.app import create_app

    need_service(_redis_reachable(), "Redis at 127.0.0.1:6379")
    base = settings_for("postgres")  # the private, migrated schema of this run
    url = make_url(base.resolved_database_url)
    proxy = _Proxy(url.port or 5432)
    proxy.start()
    settings = base.model_copy(update={"mode": "hosted", "redis_url": REDIS, "broker_url": REDIS,
                                             "database_url": url.set(port=proxy.port).render_as_string(False)})
    ol = Offerloop(settings)
    try:
        with TestClient(create_app(ol), raise_server_exceptions=False) as client:
            email = f"probe-{proxy.port}@example.org"
            ol.accounts.add_user(email, "correct horse battery staple", "candidate")
            sign_in(client, email)  # a session cookie: the probe must not need the gate's database lookup
            assert client.get("/api/ready").status_code == 200
            proxy.stop()
            began = time.monotonic()
            r = client.get("/api/ready")
            assert time.monotonic() - began < 5  # refused, not hung
            assert r.status_code == 503, r.text
            assert r.json() == {"error": "Not ready: the database cannot be queried.", "status": 503,
                                "checks": {"database": "down", "broker": "ok"}}
            assert client.get("/api/health").status_code == 200
            proxy.start()  # the database is back: the same process is ready again, no restart
            assert client.get("/api/ready").status_code == 200
    finally:
        proxy.stop()
        ol.close()


@pytest.mark.postgres
def test_the_stack_does_not_start_on_a_broker_that_does_not_answer(pg_url, monkeypatch, tmp_path, capsys):
    from offerloop.hosting import main

    port = _closed_port()
    monkeypatch.delenv("OFFERLOOP_REDIS_URL", raising=False)
    for name, value in {"OFFERLOOP_MODE": "hosted", "OFFERLOOP_DATABASE_URL": pg_url, "OFFERLOOP_DATA_DIR": str(tmp_path),
                        "OFFERLOOP_BROKER_URL": f"redis://:secret@127.0.0.1:{port}/0"}.items():
        monkeypatch.setenv(name, value)
    assert main() == 2
    err = capsys.readouterr().err
    assert f"offerloop hosted: The grading queue's broker at redis://127.0.0.1:{port}/0 cannot be reached (" in err
    assert "secret" not in err
