"""Hosted mode: submissions graded by a separate `offerloop worker` process over Redis."""

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.conftest import need_service

ROOT = Path(__file__).parents[2]
KMEANS = ROOT / "src/offerloop/content/packs/problems/kmeans/.meta"
REDIS = "redis://127.0.0.1:6379/0"


def _redis_reachable():
    try:
        import redis

        redis.Redis.from_url(REDIS, socket_connect_timeout=2).ping()
        return None
    except Exception as exc:
        return str(exc)


@pytest.fixture
def queue_worker(tmp_path):
    need_service(_redis_reachable(), "Redis at 127.0.0.1:6379")
    queue = f"offerloop-test-{uuid.uuid4().hex[:8]}"  # private to this run: parallel runs never share jobs
    env = {**os.environ, "OFFERLOOP_BROKER_URL": REDIS, "OFFERLOOP_GRADING_QUEUE": queue,
           "OFFERLOOP_DATA_DIR": str(tmp_path / "worker")}
    proc = subprocess.Popen([sys.executable, "-m", "offerloop", "worker", "--concurrency", "2"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    yield queue
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    proc.stdout.close()


def test_submissions_are_graded_by_the_queue_worker(queue_worker, settings_for):
    from offerloop.app import Offerloop

    settings = settings_for("sqlite").model_copy(update={"broker_url": REDIS, "grading_queue": queue_worker,
                                                          "grading_timeout": 90})
    ol = Offerloop(settings)
    try:
        good = ol.problems.submit("kmeans", (KMEANS / "solution.py").read_text())
        assert good.accepted, good.reason
        bad = ol.problems.submit("kmeans", (KMEANS / "wrong/one_iteration.py").read_text())
        assert not bad.accepted
        assert [h["verdict"] for h in ol.problems.history("kmeans")] == [bad.verdict.value, "accepted"]
        assert "judge" not in ol.__dict__  # this process never started a pool: the worker graded
    finally:
        ol.close()


def test_no_worker_is_a_clear_error(settings_for):
    need_service(_redis_reachable(), "Redis at 127.0.0.1:6379")
    from offerloop.app import Offerloop
    from offerloop.errors import JudgeError

    settings = settings_for("sqlite").model_copy(update={"broker_url": REDIS, "grading_queue": f"nobody-{uuid.uuid4().hex[:6]}",
                                                          "grading_timeout": 5})
    ol = Offerloop(settings)
    try:
        with pytest.raises(JudgeError, match="No grading worker answered"):
            ol.problems.submit("kmeans", (KMEANS / "solution.py").read_text())
        assert ol.problems.history("kmeans") == []  # nothing recorded for a job that never ran
    finally:
        ol.close()
