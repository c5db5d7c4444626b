"""Limits hold across web processes: two real servers (separate uvicorn processes) on one store and one
Redis count one user's requests together, as gunicorn's workers behind one address do."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import uuid

import pytest

from tests.accounts.conftest import PASSWORD, REDIS, _redis_reachable, new_email
from tests.conftest import need_service


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_ready(url: str, proc, deadline: float) -> None:
    import httpx2 as httpx

    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"the server exited: {proc.stdout.read().decode(errors='replace')[-2000:]}")
        try:
            if httpx.get(url + "/api/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"{url} did not start in time")


@pytest.fixture
def two_servers(settings_for):
    need_service(_redis_reachable(), "Redis at 127.0.0.1:6379")
    import redis

    from offerloop.app import Offerloop

    prefix = f"t-limits-{uuid.uuid4().hex[:10]}"
    settings = settings_for("sqlite").model_copy(update={"mode": "hosted", "redis_url": REDIS,
                                                         "redis_prefix": prefix})
    ol = Offerloop(settings)
    email = new_email()
    ol.accounts.add_user(email, PASSWORD)
    ol.close()
    env = {k: v for k, v in os.environ.items() if not k.startswith("OFFERLOOP_")}
    env.update({"OFFERLOOP_MODE": "hosted", "OFFERLOOP_DATA_DIR": str(settings.data_dir),
                "OFFERLOOP_REDIS_URL": REDIS, "OFFERLOOP_REDIS_PREFIX": prefix, "OFFERLOOP_JUDGE_WORKERS": "1",
                "OFFERLOOP_ANSWERS_PER_USER": "3", "OFFERLOOP_ANSWERS_PER_IP": "100",
                "OFFERLOOP_LIMIT_WINDOW": "600"})
    procs, urls = [], []
    try:
        for _ in range(2):
            port = _free_port()
            procs.append(subprocess.Popen(
                [sys.executable, "-m", "uvicorn", "offerloop.web.app:create_app", "--factory", "--host", "127.0.0.1",
                 "--port", str(port), "--log-level", "warning"],
                env=env, cwd=settings.data_dir, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True))
            urls.append(f"http://127.0.0.1:{port}")
        deadline = time.monotonic() + 90
        for url, proc in zip(urls, procs):
            _wait_ready(url, proc, deadline)
        yield urls, email, prefix
    finally:
        for proc in procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
            proc.stdout.close()
        client = redis.Redis.from_url(REDIS)
        for key in client.scan_iter(prefix + ":*"):
            client.delete(key)
        client.close()


def test_two_web_processes_share_one_users_count(two_servers):
    import httpx2 as httpx

    urls, email, prefix = two_servers
    sessions = []
    for url in urls:
        client = httpx.Client(base_url=url, timeout=30)
        r = client.post("/api/session", json={"email": email, "password": PASSWORD})
        assert r.status_code == 200, r.text
        client.headers["X-CSRF-Token"] = r.json()["csrf_token"]
        sessions.append(client)
    one, two = sessions
    try:
        bullet = {"text": "Built a churn model that cut churn by 12%"}
        # Three allowed in all, alternating between the processes; neither alone reached 3.
        assert [c.post("/api/resume/bullet", json=bullet).status_code for c in (one, two, one)] == [200, 200, 200]
        for client in (two, one):
            r = client.post("/api/resume/bullet", json=bullet)
            assert r.status_code == 429, r.text
            assert 1 <= int(r.headers["retry-after"]) <= 600
            assert r.json()["error"].startswith("Too many feedback requests")
    finally:
        for client in sessions:
            client.close()
