"""The hosted stack as real processes on loopback, for the load run and the fault tests.

`Stack` starts what a career centre runs: gunicorn with uvicorn workers on the app that
`offerloop serve` builds (`offerloop.web.app:create_served_app`, with `offerloop.hosting.gunicorn_conf`),
`offerloop worker` processes on a Celery
queue over Redis, and, when asked, a private PostgreSQL cluster (initdb into a temporary folder,
own port) or a private redis-server, so a test can stop and restart them without touching the
shared servers other people use. Every process is started here in its own session and only those
are signalled; everything listens on 127.0.0.1 only.
"""

from __future__ import annotations

import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
LOOPBACK = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


def wait_for(check, timeout: float, what: str, interval: float = 0.1):
    """Call check() until it returns something truthy; TimeoutError naming `what` after timeout."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            got = check()
            if got:
                return got
        except Exception as exc:  # noqa: BLE001 - not up yet: keep trying until the deadline
            last = exc
        time.sleep(interval)
    raise TimeoutError(f"{what} did not happen within {timeout:.0f} s" + (f" (last error: {last})" if last else ""))


class Proc:
    """One process we started (in its own session, so its children can be signalled with it)."""

    def __init__(self, name: str, argv: list[str], log: Path, env: dict | None = None, cwd: Path | None = None,
                 user: int | None = None, group: int | None = None):
        self.name, self.argv, self.log = name, argv, log
        self.env, self.cwd, self.user, self.group = env, cwd, user, group
        self.popen: subprocess.Popen | None = None

    def start(self) -> "Proc":
        out = open(self.log, "ab")
        self.popen = subprocess.Popen(self.argv, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                      env=self.env, cwd=self.cwd, start_new_session=True,
                                      user=self.user, group=self.group)
        out.close()
        return self

    @property
    def pid(self) -> int:
        return self.popen.pid

    def alive(self) -> bool:
        return self.popen is not None and self.popen.poll() is None

    def send(self, sig: int, group: bool = False) -> None:
        if not self.alive():
            return
        try:
            if group:
                os.killpg(self.popen.pid, sig)  # its own session: the group holds only its children
            else:
                os.kill(self.popen.pid, sig)
        except ProcessLookupError:
            pass

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 10.0) -> None:
        """Ask it to stop, then SIGKILL its whole group if it does not go in time."""
        if self.popen is None:
            return
        self.send(sig)
        try:
            self.popen.wait(timeout)
        except subprocess.TimeoutExpired:
            self.send(signal.SIGKILL, group=True)
            self.popen.wait(5)
        try:  # children it left behind (a SIGKILLed worker's pool processes)
            os.killpg(self.popen.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass

    def tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


def children_of(pid: int) -> list[int]:
    """Direct children of pid (from /proc)."""
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(x) for x in text.split()]


def descendants_of(pid: int) -> list[int]:
    out, todo = [], children_of(pid)
    while todo:
        child = todo.pop()
        out.append(child)
        todo.extend(children_of(child))
    return out


# -- private servers ------------------------------------------------------------------------------

def _pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        raise FileNotFoundError(f"No PostgreSQL {name} under /usr/lib/postgresql/*/bin.")
    return found[-1]


class PrivatePostgres:
    """A PostgreSQL cluster of our own: initdb into a new temporary folder, listening on
    127.0.0.1:port only; remove() deletes it."""

    def __init__(self):
        import pwd
        import tempfile

        # Its own top-level folder: the server's user must be able to reach it (a test's tmp_path
        # sits under folders only root may enter).
        self.folder = Path(tempfile.mkdtemp(prefix="offerloop-pg-"))
        self.data = self.folder / "pgdata"
        self.port = free_port()
        self.proc: Proc | None = None
        # PostgreSQL refuses to run as root: run it as the postgres user when we are root.
        self.uid = self.gid = None
        if os.geteuid() == 0:
            entry = pwd.getpwnam("postgres")
            self.uid, self.gid = entry.pw_uid, entry.pw_gid

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@{LOOPBACK}:{self.port}/postgres"

    def init(self) -> "PrivatePostgres":
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.uid is not None:
            os.chown(self.folder, self.uid, self.gid)
        done = subprocess.run([_pg_bin("initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
                               "-E", "UTF8", "--no-sync", "--no-instructions"], capture_output=True, text=True,
                              user=self.uid, group=self.gid, cwd=self.folder)
        if done.returncode != 0:
            shutil.rmtree(self.folder, ignore_errors=True)
            raise RuntimeError(f"initdb failed: {done.stderr.strip()}")
        return self

    def start(self) -> None:
        self.proc = Proc("postgres", [_pg_bin("postgres"), "-D", str(self.data), "-p", str(self.port),
                                      "-c", f"listen_addresses={LOOPBACK}", "-c", f"unix_socket_directories={self.folder}",
                                      "-c", "fsync=off", "-c", "max_connections=100"],
                         self.folder / "postgres.log", cwd=self.folder, user=self.uid, group=self.gid).start()
        wait_for(self._ready, 30, "the private PostgreSQL accepting connections")

    def _ready(self) -> bool:
        done = subprocess.run([_pg_bin("pg_isready"), "-h", LOOPBACK, "-p", str(self.port), "-U", "postgres"],
                              capture_output=True)
        return done.returncode == 0

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.stop(signal.SIGINT, timeout=20)  # SIGINT: fast shutdown, sessions in flight are ended
            self.proc = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


class PrivateRedis:
    """A redis-server of our own on 127.0.0.1:port, its files in `folder` (saved on shutdown)."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.port = free_port()
        self.proc: Proc | None = None

    def url(self, db: int = 0) -> str:
        return f"redis://{LOOPBACK}:{self.port}/{db}"

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.proc = Proc("redis", [shutil.which("redis-server") or "redis-server", "--port", str(self.port),
                                   "--bind", LOOPBACK, "--dir", str(self.folder), "--save", "3600 1",
                                   "--appendonly", "no", "--protected-mode", "yes"],
                         self.folder / "redis.log", cwd=self.folder).start()
        wait_for(self._ready, 15, "the private Redis answering PING")

    def _ready(self) -> bool:
        import redis

        client = redis.Redis.from_url(self.url(), socket_connect_timeout=1)
        try:
            return bool(client.ping())
        finally:
            client.close()

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.stop(signal.SIGTERM, timeout=15)  # SIGTERM: saves the dump, as a service restart does
            self.proc = None

    def restart(self) -> None:
        self.stop()
        self.start()


# -- the offerloop processes -----------------------------------------------------------------------

class Stack:
    """gunicorn (uvicorn workers) + `offerloop worker` processes over the given database and Redis."""

    def __init__(self, folder: Path, *, database_url: str, redis_url: str, web_workers: int = 2,
                 extra_env: dict[str, str] | None = None):
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.base = f"http://{LOOPBACK}:{self.port}"
        self.web_workers = web_workers
        self.web: Proc | None = None
        self.workers: list[Proc] = []
        self.clients: list = []  # HTTP clients to close with the stack
        env = {k: v for k, v in os.environ.items() if not k.startswith("OFFERLOOP_")}
        env.update({
            "OFFERLOOP_MODE": "hosted",
            "OFFERLOOP_DATABASE_URL": database_url,
            "OFFERLOOP_BROKER_URL": redis_url,
            "OFFERLOOP_REDIS_URL": redis_url,
            "OFFERLOOP_DATA_DIR": str(folder / "data"),
            # A queue of our own: a worker someone else runs on the same Redis never takes our jobs.
            "OFFERLOOP_GRADING_QUEUE": f"offerloop-grading-{uuid.uuid4().hex[:8]}",
            "PYTHONPATH": str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", ""),
            "PYTHONUNBUFFERED": "1",
        })
        env.update(extra_env or {})
        self.env = env

    def settings(self):
        """Settings as the stack's processes see them (for seeding accounts in-process)."""
        from offerloop.settings import Settings

        fields = {name: self.env[f"OFFERLOOP_{name.upper()}"] for name in Settings.model_fields
                  if f"OFFERLOOP_{name.upper()}" in self.env}
        return Settings(**fields)

    def start_web(self, timeout: float = 90) -> Proc:
        # The deployment's own gunicorn settings (uvicorn workers, JSON logs), on our port and count.
        argv = [str(BIN / "gunicorn"), "-c", "python:offerloop.hosting.gunicorn_conf", "-w", str(self.web_workers),
                "-b", f"{LOOPBACK}:{self.port}", "--graceful-timeout", "5", "--backlog", "2048"]
        self.web = Proc("web", argv, self.folder / "web.log", env=self.env, cwd=self.folder).start()
        try:
            wait_for(lambda: self._health() and self.web.alive(), timeout, "the web app answering /api/health",
                     interval=0.25)
        except TimeoutError as exc:
            raise TimeoutError(f"{exc}\n{self.web.tail()}") from None
        return self.web

    def _health(self) -> bool:
        if not self.web.alive():
            raise RuntimeError("gunicorn exited:\n" + self.web.tail())
        with urllib.request.urlopen(self.base + "/api/health", timeout=2) as r:
            return r.status == 200

    def start_worker(self, concurrency: int = 1) -> Proc:
        n = len(self.workers)
        proc = Proc(f"worker{n}", [str(BIN / "offerloop"), "worker", "--concurrency", str(concurrency)],
                    self.folder / f"worker{n}.log", env=self.env, cwd=self.folder).start()
        self.workers.append(proc)
        return proc

    def wait_worker_ready(self, proc: Proc, timeout: float = 60) -> None:
        """The worker process is consuming: its log says ready (Celery logs 'ready' at WARNING? no:
        we check that it has a pool process and is listening on the broker instead)."""
        wait_for(lambda: proc.alive() and children_of(proc.pid), timeout, f"{proc.name} starting its pool",
                 interval=0.2)

    def stop(self) -> None:
        for c in self.clients:
            c.close()
        for proc in self.workers:
            proc.stop(signal.SIGTERM, timeout=10)
        if self.web is not None:
            self.web.stop(signal.SIGTERM, timeout=15)


def seed_accounts(settings, emails: list[str], password: str, role: str = "candidate") -> None:
    """Create the accounts in-process through the accounts service (argon2 hashing included)."""
    from offerloop.app import Offerloop

    ol = Offerloop(settings)
    try:
        for email in emails:
            ol.accounts.add_user(email, password, role)
    finally:
        if "throttle" in ol.accounts.__dict__:
            ol.accounts.throttle.counter.close()
        ol.close()
