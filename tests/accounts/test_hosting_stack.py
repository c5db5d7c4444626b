"""The whole hosted stack as `make hosted` starts it (issue 17, point 4): `python -m offerloop.hosting`
creates and migrates a private PostgreSQL database, starts gunicorn with two uvicorn workers and one
`offerloop worker` on Redis, on a free loopback port. A user made with `offerloop users add` signs
in, submits a solution through the API, and the worker's verdict comes back; the request's JSON log
line carries its id. Ctrl-C (SIGINT) then stops every process the stack started, within bounds.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.accounts.conftest import PASSWORD, _redis_reachable
from tests.conftest import PG_SERVER, _pg_reachable, need_service

pytestmark = [pytest.mark.slow, pytest.mark.postgres]
TWO_SUM = Path(__file__).parents[2] / "src/offerloop/content/packs/problems/two-sum/.meta"
BROKER = "redis://127.0.0.1:6379/0"
STOP_WITHIN = 40.0  # seconds: gunicorn's graceful stop, then the worker's warm shutdown


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _sessions_alive(sids: set[int]) -> dict[int, str]:
    """pid -> command of processes still running in these sessions (what the stack started, and theirs)."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if os.getsid(int(entry.name)) in sids:
                state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
                if state != "Z":
                    found[int(entry.name)] = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()[:120]
        except (ProcessLookupError, PermissionError, FileNotFoundError):
            continue
    return found


def _children(pid: int) -> list[int]:
    return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


@pytest.fixture
def database_url():
    """A PostgreSQL URL naming a database that does not exist yet (the stack creates it); dropped after."""
    need_service(_pg_reachable(), "PostgreSQL at 127.0.0.1:5432")
    import sqlalchemy as sa
    from sqlalchemy.engine import make_url

    name = f"offerloop_stack_{uuid.uuid4().hex[:10]}"
    yield make_url(PG_SERVER).set(database=name).render_as_string(hide_password=False)
    admin = sa.create_engine(PG_SERVER, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _env(database_url: str, tmp_path: Path, port: int) -> dict[str, str]:
    env = {**os.environ, "OFFERLOOP_MODE": "hosted", "OFFERLOOP_DATABASE_URL": database_url,
           "OFFERLOOP_BROKER_URL": BROKER, "OFFERLOOP_GRADING_QUEUE": f"offerloop-stack-{uuid.uuid4().hex[:8]}",
           "OFFERLOOP_HOST": "127.0.0.1", "OFFERLOOP_PORT": str(port), "OFFERLOOP_WEB_WORKERS": "2",
           "OFFERLOOP_QUEUE_WORKERS": "1", "OFFERLOOP_JUDGE_WORKERS": "1",
           "OFFERLOOP_DATA_DIR": str(tmp_path / "data"), "OFFERLOOP_GRADING_TIMEOUT": "60"}
    env.pop("OFFERLOOP_REDIS_URL", None)  # the counters share the broker's Redis, as `make hosted` has it
    return env


@pytest.fixture
def stack(database_url, tmp_path):
    """start() -> the supervisor's Popen, once it says it is serving. Afterwards nothing it started
    may be left running; whatever is, is killed (by pid) so no later test inherits it."""
    need_service(_redis_reachable(), "Redis at 127.0.0.1:6379")
    running: dict = {}

    def start():
        port = _free_port()
        env = _env(database_url, tmp_path, port)
        log_path = tmp_path / "stack.log"
        with open(log_path, "wb") as log:
            proc = subprocess.Popen([sys.executable, "-m", "offerloop.hosting"], env=env, stdin=subprocess.DEVNULL,
                                    stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        running.update(proc=proc, sids={proc.pid}, log=log_path, env=env, base=f"http://127.0.0.1:{port}")
        deadline = time.monotonic() + 100
        while "is serving on" not in log_path.read_text():
            assert proc.poll() is None, f"the stack exited ({proc.returncode}):\n{log_path.read_text()[-3000:]}"
            assert time.monotonic() < deadline, "the stack did not start:\n" + log_path.read_text()[-3000:]
            time.sleep(0.2)
        running["children"] = _children(proc.pid)
        running["sids"] |= {os.getsid(pid) for pid in running["children"]}
        return running

    yield start
    proc = running.get("proc")
    if proc is None:
        return
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    deadline = time.monotonic() + 10  # children told by PR_SET_PDEATHSIG are still on their way out
    while _sessions_alive(running["sids"]) and time.monotonic() < deadline:
        time.sleep(0.2)
    leftovers = _sessions_alive(running["sids"])
    for pid in leftovers:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    assert not leftovers, leftovers


@pytest.mark.timeout(150)
def test_make_hosted_serves_grades_logs_and_stops_cleanly(stack):
    import httpx2 as httpx

    started = time.monotonic()
    running = stack()
    proc, env, log_path = running["proc"], running["env"], running["log"]
    ready_at = time.monotonic() - started
    assert len(running["children"]) == 2  # gunicorn's master and one `offerloop worker`

    email = f"stack-{uuid.uuid4().hex[:8]}@example.org"
    added = subprocess.run([sys.executable, "-m", "offerloop", "users", "add", email, "--role", "candidate",
                            "--password-stdin"], input=PASSWORD + "\n", env=env, capture_output=True, text=True,
                           timeout=60)
    assert added.returncode == 0, added.stdout + added.stderr

    with httpx.Client(base_url=running["base"], timeout=60) as client:
        assert client.get("/api/ready").json() == {"status": "ready", "checks": {"database": "ok", "broker": "ok"}}
        assert client.get("/api/problems/two-sum").status_code == 401  # the gate is up
        signed = client.post("/api/session", json={"email": email, "password": PASSWORD})
        assert signed.status_code == 200, signed.text
        client.headers["X-CSRF-Token"] = signed.json()["csrf_token"]
        user_id = signed.json()["user_id"]
        rid = f"stack-{uuid.uuid4().hex[:12]}"
        good = client.post("/api/problems/two-sum/submissions", headers={"X-Request-ID": rid},
                           json={"code": (TWO_SUM / "solution.py").read_text()})
        assert good.status_code == 200, good.text
        assert good.json()["verdict"] == "accepted", good.json()
        assert good.headers["x-request-id"] == rid
        first_verdict_at = time.monotonic() - started
        bad = client.post("/api/problems/two-sum/submissions",
                          json={"code": (TWO_SUM / "wrong/stores_before_lookup.py").read_text()})
        assert bad.status_code == 200 and bad.json()["verdict"] != "accepted", bad.json()
        history = client.get("/api/problems/two-sum/submissions").json()
        assert [h["verdict"] for h in history] == [bad.json()["verdict"], "accepted"]
    graded_at = time.monotonic() - started

    text = log_path.read_text()
    assert text.count("Booting worker with pid") == 2  # two uvicorn workers under gunicorn
    lines = [json.loads(line) for line in text.splitlines() if line.startswith("{")]
    access = [line for line in lines if line.get("logger") == "offerloop.access" and line.get("request_id") == rid]
    assert len(access) == 1, text[-3000:]
    assert access[0]["method"] == "POST" and access[0]["path"] == "/api/problems/{slug}/submissions"
    assert access[0]["status"] == 200 and access[0]["user_id"] == user_id and access[0]["duration_ms"] > 0

    stop_at = time.monotonic()
    proc.send_signal(signal.SIGINT)  # what Ctrl-C does to `make hosted`
    proc.wait(timeout=STOP_WITHIN + 10)
    stopped_in = time.monotonic() - stop_at
    assert proc.returncode == 0, log_path.read_text()[-3000:]
    assert not _sessions_alive(running["sids"]), _sessions_alive(running["sids"])
    assert stopped_in < STOP_WITHIN, stopped_in
    assert "Stopping: web processes first" in log_path.read_text()
    total = time.monotonic() - started
    print(f"stack ready in {ready_at:.1f} s, first verdict by {first_verdict_at:.1f} s, second by {graded_at:.1f} s, "
          f"stopped in {stopped_in:.1f} s, total {total:.1f} s")
    assert total < 60, total


@pytest.mark.timeout(150)
def test_a_process_that_dies_stops_the_whole_stack(stack):
    running = stack()
    proc = running["proc"]
    web, worker = sorted(running["children"], key=lambda pid: "gunicorn" not in Path(f"/proc/{pid}/cmdline").read_text())
    os.kill(worker, signal.SIGKILL)  # the grading worker's main process, as the OOM killer would
    proc.wait(timeout=STOP_WITHIN + 10)
    assert proc.returncode == 1  # a service manager restarts the whole stack
    text = running["log"].read_text()
    assert f"the grading worker {worker} (killed by SIGKILL) exited; stopping the rest." in text
    assert not _sessions_alive(running["sids"])  # gunicorn and its workers went with it
