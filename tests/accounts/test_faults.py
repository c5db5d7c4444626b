"""Fault tests on the real hosted stack (issue 17's proof): gunicorn with uvicorn workers,
`offerloop worker` processes on Celery, and a PostgreSQL cluster and a redis-server of this test's
own (initdb into a temporary folder, free ports on 127.0.0.1), so stopping them touches nobody
else's servers. Each test is bounded (pytest-timeout) well under a minute.

- A grading worker SIGKILLed mid-grade: the job goes back on the queue, another process grades it,
  and its verdict arrives once (one answer, one stored attempt).
- PostgreSQL restarted under load: while it is down every request answers 503 with a sentence
  (no 500, no hang); the web processes recover by themselves; nothing is half written.
- Redis restarted: grading and sign-in answer 503 with a sentence while it is down (sign-in fails
  closed), a signed-in page still works, and both resume once Redis is back.
"""

from __future__ import annotations

import glob
import shutil
import signal
import threading
import time
import uuid
from pathlib import Path

import pytest

from bench.stack import PrivatePostgres, PrivateRedis, Stack, children_of, descendants_of, seed_accounts, wait_for
from tests.conftest import need_service

pytestmark = [pytest.mark.slow, pytest.mark.timeout(60)]

PASSWORD = "correct horse battery staple"
PROBLEMS = Path(__file__).resolve().parents[2] / "src/offerloop/content/packs/problems"
SLUG = "combination-sum"  # no scaling check: its verdicts do not depend on how busy the machine is
RIGHT = (PROBLEMS / SLUG / ".meta/solution.py").read_text()
WRONG = (PROBLEMS / SLUG / ".meta/wrong/each_coin_once.py").read_text()
# The reference with a loop at module level: loading it keeps the sandboxed child busy for about a
# second (well inside the judge's load allowance), so a test can kill the grading mid-way.
SLOW_RIGHT = RIGHT + "\n\nfor _spin in range(20_000_000):\n    pass\n"
DOWN_SENTENCE_WORDS = ("database", "try again")


def _missing() -> str | None:
    if not glob.glob("/usr/lib/postgresql/*/bin/initdb"):
        return "no initdb under /usr/lib/postgresql/*/bin"
    if shutil.which("redis-server") is None:
        return "no redis-server on PATH"
    return None


@pytest.fixture(scope="module")
def servers():
    """A private PostgreSQL cluster and a private redis-server for this module's stacks."""
    need_service(_missing(), "A private PostgreSQL and Redis")
    pg = PrivatePostgres().init()
    redis = PrivateRedis(pg.folder / "redis")
    try:
        pg.start()
        redis.start()
        yield pg, redis
    finally:
        redis.stop()
        pg.remove()


_db_number = iter(range(1, 16))


@pytest.fixture
def stack(servers, tmp_path):
    """make(**kw) -> a started Stack on a fresh database of the private cluster and a Redis db of its own."""
    import sqlalchemy as sa

    pg, redis = servers
    made: list[Stack] = []

    def make(*, web_workers: int = 1, grading_timeout: int = 30) -> Stack:
        name = f"f_{uuid.uuid4().hex[:8]}"
        admin = sa.create_engine(pg.url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        url = pg.url.rsplit("/", 1)[0] + "/" + name
        s = Stack(tmp_path / name, database_url=url, redis_url=redis.url(next(_db_number)), web_workers=web_workers,
                  extra_env={"OFFERLOOP_GRADING_TIMEOUT": str(grading_timeout)})
        made.append(s)
        return s

    yield make
    for s in made:
        s.stop()


def client(stack: Stack, email: str):
    import httpx2

    c = httpx2.Client(base_url=stack.base, timeout=45)
    stack.clients.append(c)
    r = c.post("/api/session", json={"email": email, "password": PASSWORD})
    assert r.status_code == 200, r.text
    c.headers["X-CSRF-Token"] = r.json()["csrf_token"]
    return c


def attempts(c, slug: str = SLUG) -> list[dict]:
    r = c.get(f"/api/problems/{slug}/submissions")
    assert r.status_code == 200, r.text
    return r.json()


def grading_pool(worker_pid: int) -> int | None:
    """The worker's pool process that is grading now (worker -> pool process -> zygote -> sandboxed
    child), or None."""
    for pool in children_of(worker_pid):
        if any(children_of(zygote) for zygote in children_of(pool)):
            return pool
    return None


# -- a grading worker killed mid-grade ------------------------------------------------------------

@pytest.mark.parametrize("what", ["pool process", "whole worker"])
def test_worker_killed_mid_grade_the_job_is_graded_again_and_its_verdict_arrives_once(stack, what):
    s = stack(grading_timeout=30)
    email = "kill@example.org"
    seed_accounts(s.settings(), [email], PASSWORD)
    s.start_web()
    first = s.start_worker(1)
    s.wait_worker_ready(first)
    c = client(s, email)

    answer: dict = {}
    sender = threading.Thread(target=lambda: answer.update(
        r=c.post(f"/api/problems/{SLUG}/submissions", json={"code": SLOW_RIGHT})))
    sender.start()
    pool = wait_for(lambda: grading_pool(first.pid) or not sender.is_alive(), 20,
                    "the first worker grading the submission", interval=0.01)
    assert "r" not in answer, answer["r"].text  # mid-grade: no answer yet
    if what == "pool process":
        # The process grading the job dies (the out-of-memory killer's way); its worker lives on.
        import os

        os.kill(pool, signal.SIGKILL)
    else:
        # The whole worker dies (its machine or container gone): another worker must take the job.
        first.send(signal.SIGKILL, group=True)
        second = s.start_worker(1)
        s.wait_worker_ready(second)
    sender.join(40)
    assert not sender.is_alive()
    r = answer["r"]
    assert r.status_code == 200, r.text
    assert r.json()["verdict"] == "accepted", r.text[:500]
    if what == "pool process":
        assert pool not in children_of(first.pid)  # a new pool process graded it again
        assert first.alive()
    else:
        assert not first.alive()
        assert any(descendants_of(p) for p in children_of(second.pid))  # the second one graded it (its zygote)
    # Exactly one verdict: one stored attempt, and nothing left on the queue to grade it again.
    time.sleep(1.0)
    assert [a["verdict"] for a in attempts(c)] == ["accepted"]
    import redis

    broker = redis.Redis.from_url(s.env["OFFERLOOP_BROKER_URL"])
    assert broker.llen(s.env["OFFERLOOP_GRADING_QUEUE"]) == 0
    assert broker.hlen("unacked") == 0
    broker.close()
    # And the stack goes on grading: a wrong solution is still refused.
    r = c.post(f"/api/problems/{SLUG}/submissions", json={"code": WRONG})
    assert r.status_code == 200 and r.json()["verdict"] == "wrong_answer", r.text


# -- PostgreSQL restarted under load --------------------------------------------------------------

class Traffic:
    """Signed-in clients sending pages, reads and writes in a loop; every answer is recorded with
    its time and the moment it was sent."""

    def __init__(self, clients):
        self.clients = clients
        self.records: list[tuple[float, str, int, float, str]] = []  # (sent at, what, status, seconds, body)
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.made = 0

    def run(self, c, n: int) -> None:
        i = 0
        while not self.stop.is_set():
            i += 1
            kind = ("page", "read", "write")[i % 3]
            sent = time.monotonic()
            try:
                if kind == "page":
                    r = c.get("/tracker")
                elif kind == "read":
                    r = c.get("/api/applications")
                else:
                    r = c.post("/api/applications", json={"company": f"Acme {n}-{i}", "role": "ML engineer",
                                                          "type": "startup"})
                status, body = r.status_code, r.text
            except Exception as exc:  # noqa: BLE001 - a hang or a dropped connection is a failure we report
                status, body = 0, f"{type(exc).__name__}: {exc}"
            with self.lock:
                self.records.append((sent, kind, status, time.monotonic() - sent, body))
            time.sleep(0.02)

    def start(self) -> list[threading.Thread]:
        threads = [threading.Thread(target=self.run, args=(c, n), daemon=True) for n, c in enumerate(self.clients)]
        for t in threads:
            t.start()
        return threads


def test_postgres_restarted_under_load_answers_503_sentences_and_recovers_without_a_web_restart(stack, servers):
    import sqlalchemy as sa

    pg, _ = servers
    s = stack(web_workers=2)
    emails = [f"pg{n}@example.org" for n in range(4)]
    seed_accounts(s.settings(), emails, PASSWORD)
    s.start_web()
    web_pid = s.web.pid
    clients = [client(s, e) for e in emails]
    traffic = Traffic(clients)
    threads = traffic.start()
    time.sleep(2.0)
    down_at = time.monotonic()
    pg.stop()
    time.sleep(3.0)
    up_at = time.monotonic()
    pg.start()
    # Recovered by itself: every client gets a 200 again within a few seconds, same web processes.
    for c in clients:
        wait_for(lambda c=c: c.get("/api/applications").status_code == 200, 15, "a 200 after the restart",
                 interval=0.2)
    time.sleep(1.0)
    traffic.stop.set()
    for t in threads:
        t.join(30)
    assert s.web.pid == web_pid and s.web.alive()

    records = traffic.records
    assert not [r for r in records if r[2] == 0], [r for r in records if r[2] == 0][:3]  # no hang, no dropped connection
    assert not [r for r in records if r[2] >= 500 and r[2] != 503], [r[1:] for r in records if r[2] >= 500][:3]
    during = [r for r in records if down_at + 0.5 < r[0] < up_at - 0.2]
    assert during, "no request was sent while the database was down"
    unavailable = [r for r in records if r[2] == 503]
    assert unavailable and all(r[0] + r[3] > down_at for r in unavailable)  # refused only once it was down
    # Each 503 is one sentence saying what to do; the API's in JSON, the page's as a page.
    for sent, kind, status, seconds, body in unavailable:
        assert seconds < 10  # answered, not hung
        text = body.lower()
        assert all(word in text for word in DOWN_SENTENCE_WORDS), body[:300]
        assert "traceback" not in text and "operationalerror" not in text and "psycopg" not in text
    api = [r for r in unavailable if r[1] != "page"]
    pages = [r for r in unavailable if r[1] == "page"]
    assert api and pages
    import json

    assert all(json.loads(r[4])["status"] == 503 for r in api)
    assert all("<html" in r[4].lower() for r in pages)

    # Nothing half written: every application created has its "created" event, and exactly the
    # ones answered 201 exist.
    created = sum(1 for r in records if r[1] == "write" and r[2] == 201)
    engine = sa.create_engine(s.env["OFFERLOOP_DATABASE_URL"])
    with engine.connect() as conn:
        apps = conn.execute(sa.text("SELECT count(*) FROM applications")).scalar_one()
        orphans = conn.execute(sa.text(
            "SELECT count(*) FROM applications a WHERE NOT EXISTS "
            "(SELECT 1 FROM application_events e WHERE e.application_id = a.id AND e.kind = 'created')")).scalar_one()
    engine.dispose()
    assert apps == created
    assert orphans == 0


# -- Redis restarted ------------------------------------------------------------------------------

@pytest.mark.parametrize("layout", ["one Redis", "broker apart"])
def test_redis_restarted_grading_and_sign_in_refuse_with_503_then_resume(stack, servers, layout):
    """One Redis for the queue and the counters (the simple install), or the queue's broker on a
    Redis of its own (then only grading depends on it: sign-in and limits go on)."""
    _, broker = servers
    s = stack(grading_timeout=30)
    counters = None
    if layout == "broker apart":
        counters = PrivateRedis(s.folder / "counters")
        counters.start()
        s.env["OFFERLOOP_REDIS_URL"] = counters.url(0)
    try:
        _redis_restart(s, broker, shared=counters is None)
    finally:
        if counters is not None:
            s.stop()
            counters.stop()


def _redis_restart(s: Stack, broker: PrivateRedis, *, shared: bool) -> None:
    emails = ["r1@example.org", "r2@example.org"]
    seed_accounts(s.settings(), emails, PASSWORD)
    s.start_web()
    worker = s.start_worker(1)
    s.wait_worker_ready(worker)
    c = client(s, emails[0])
    r = c.post(f"/api/problems/{SLUG}/submissions", json={"code": RIGHT})
    assert r.status_code == 200 and r.json()["verdict"] == "accepted", r.text

    import httpx2

    broker.stop()
    try:
        started = time.monotonic()
        r = c.post(f"/api/problems/{SLUG}/submissions", json={"code": RIGHT})
        assert time.monotonic() - started < 15  # refused, not left waiting for the grading timeout
        assert r.status_code == 503, r.text
        body = r.json()
        assert body["status"] == 503 and "try again" in body["error"], body
        if not shared:  # the limits' Redis is up: the refusal comes from the grading queue itself
            assert "grading queue" in body["error"], body
        for secret in ("Traceback", "redis://", str(broker.port), "Error 111"):
            assert secret not in body["error"]
        # Sign-in fails closed when its counters are gone (no sign-in without limits), and works
        # when only the broker is.
        fresh = httpx2.Client(base_url=s.base, timeout=20)
        s.clients.append(fresh)
        r = fresh.post("/api/session", json={"email": emails[1], "password": PASSWORD})
        assert r.status_code == (503 if shared else 200), r.text
        if shared:
            assert "try again" in r.json()["error"] and str(broker.port) not in r.json()["error"]
        # A signed-in reader is not cut off: sessions live in the database.
        assert c.get("/tracker").status_code == 200
    finally:
        broker.start()

    # Grading resumes (the worker and the web reconnect by themselves), and sign-in works again.
    def graded():
        r = c.post(f"/api/problems/{SLUG}/submissions", json={"code": WRONG})
        return r.status_code == 200 and r.json()["verdict"]

    verdict = wait_for(graded, 25, "grading again after the Redis restart", interval=0.5)
    assert verdict == "wrong_answer"
    second = client(s, emails[1])
    assert second.get("/api/session").json()["email"] == emails[1]
    # The refused submission was not recorded; the two graded ones were, once each.
    assert sorted(a["verdict"] for a in attempts(c)) == ["accepted", "wrong_answer"]
    assert worker.alive()
