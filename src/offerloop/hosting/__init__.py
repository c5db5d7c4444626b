"""The hosted stack on one machine (`make hosted`, `python -m offerloop.hosting`).

In the foreground: make sure the PostgreSQL database exists, migrate it, start
OFFERLOOP_QUEUE_WORKERS `offerloop worker` processes and gunicorn with OFFERLOOP_WEB_WORKERS uvicorn
workers, wait until `GET /api/ready` answers 200, then watch them. Ctrl-C (or SIGTERM) stops the web
processes first (requests in flight may still wait for a verdict), then the grading workers; each
gets a bounded grace before SIGKILL. If any process dies on its own, the rest are stopped too and
the exit code is 1: a supervisor above us (systemd) restarts the whole stack, never half of it.

Every child runs in its own session, so a Ctrl-C at the terminal reaches only this process and the
stop happens in that order; each child also gets SIGTERM if this process is killed outright.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

from offerloop.errors import InvalidInput, StorageError

GUNICORN_CONFIG = "python:offerloop.hosting.gunicorn_conf"
APP = "offerloop.web.app:create_served_app()"
START_TIMEOUT = 120.0  # seconds for every web worker to build the app and the probe to pass
WEB_GRACE = 15.0  # gunicorn's graceful_timeout (10 s) and its own exit
WORKER_GRACE = 15.0  # a Celery warm shutdown: the job in hand finishes (acks late: else it is re-queued)


def gunicorn_argv(bind: str | None = None, workers: int | None = None) -> list[str]:
    """The command that serves the app: gunicorn with uvicorn workers, configured by gunicorn_conf
    (from the OFFERLOOP_* settings); `bind` and `workers` override them."""
    argv = [sys.executable, "-m", "gunicorn", "-c", GUNICORN_CONFIG]
    if bind:
        argv += ["--bind", bind]
    if workers:
        argv += ["--workers", str(workers)]
    return argv + [APP]


def worker_argv(concurrency: int) -> list[str]:
    """The command of one grading worker (`offerloop worker`)."""
    return [sys.executable, "-m", "offerloop", "worker", "--concurrency", str(concurrency)]


def check_settings(settings) -> None:
    """What the stack needs, refused in one sentence each."""
    if not settings.hosted:
        raise InvalidInput("The hosted stack needs OFFERLOOP_MODE=hosted (a laptop uses `make run`).")
    if settings.is_sqlite:
        raise InvalidInput("The hosted stack runs on PostgreSQL: set OFFERLOOP_DATABASE_URL, for example "
                           "postgresql+psycopg://postgres@127.0.0.1:5432/offerloop.")
    if not settings.broker_url:
        raise InvalidInput("The hosted stack grades on a task queue: set OFFERLOOP_BROKER_URL, for example "
                           "redis://127.0.0.1:6379/0.")


def ensure_database(url: str) -> bool:
    """Create the PostgreSQL database the URL names when the server lacks it. True if created."""
    import sqlalchemy as sa
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import OperationalError

    target = make_url(url)
    probe = sa.create_engine(target, connect_args={"connect_timeout": 5})
    try:
        with probe.connect():
            return False
    except OperationalError as exc:
        if "does not exist" not in str(exc.orig or exc):
            return False  # another problem (server down, password): the migration step says it in full
    finally:
        probe.dispose()
    name = target.database
    admin = sa.create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT",
                             connect_args={"connect_timeout": 5})
    try:
        with admin.connect() as conn:
            quoted = conn.dialect.identifier_preparer.quote(name)
            conn.execute(sa.text(f"CREATE DATABASE {quoted}"))
    except OperationalError as exc:
        raise StorageError(f"The database {name!r} does not exist and cannot be created: "
                           f"{str(exc.orig or exc).strip().splitlines()[0]}.") from None
    finally:
        admin.dispose()
    return True


def check_broker(url: str) -> None:
    """Refuse to start on a broker that does not answer (the operator sees where it was looked for)."""
    from offerloop.web.routers.probes import Unready, check_redis

    try:
        check_redis(url)
    except Unready as exc:
        from urllib.parse import urlsplit

        parts = urlsplit(url)  # shown without its password
        shown = parts._replace(netloc=parts.netloc.rsplit("@", 1)[-1]).geturl()
        raise StorageError(f"The grading queue's broker at {shown} {exc.sentence} ({exc.detail.rstrip('.')}).") from None


def migrate(settings) -> set[str]:
    """Bring the schema to this version (once, here, so N web workers never race to migrate)."""
    from offerloop.app import Offerloop
    from offerloop.store.migrate import current_heads

    ol = Offerloop(settings)
    try:
        return current_heads(ol.engine)
    finally:
        ol.close()


def _die_with_parent() -> None:
    """In the child before exec: SIGTERM when the supervisor dies, even by SIGKILL (Linux)."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: Ctrl-C still stops everything in order
        pass


class Stack:
    """The processes of one hosted install. `start()`, then `wait()` until a signal or a death."""

    def __init__(self, settings, *, say=print):
        self.settings = settings
        self.say = say
        self.web: subprocess.Popen | None = None
        self.workers: list[subprocess.Popen] = []
        self._stop_signal: int | None = None

    @property
    def base_url(self) -> str:
        host = self.settings.host if self.settings.host not in ("0.0.0.0", "::") else "127.0.0.1"
        return f"http://{host}:{self.settings.port}"

    def _spawn(self, argv: list[str]) -> subprocess.Popen:
        return subprocess.Popen(argv, stdin=subprocess.DEVNULL, start_new_session=True,
                                preexec_fn=_die_with_parent)

    def start(self) -> None:
        s = self.settings
        check_settings(s)
        from sqlalchemy.engine import make_url

        shown = make_url(s.resolved_database_url).render_as_string(hide_password=True)
        if ensure_database(s.resolved_database_url):
            self.say(f"Created the database {make_url(s.resolved_database_url).database!r}.")
        heads = migrate(s)
        self.say(f"Database {shown} is at {', '.join(sorted(heads))}.")
        check_broker(s.broker_url)
        concurrency = s.resolved_judge_workers
        for _ in range(s.queue_workers):
            self.workers.append(self._spawn(worker_argv(concurrency)))
        self.web = self._spawn(gunicorn_argv(bind=f"{s.host}:{s.port}", workers=s.web_workers))
        self._wait_ready()
        self.say(f"offerloop (hosted) is serving on {self.base_url}/ with {s.web_workers} web process(es) and "
                 f"{s.queue_workers} grading worker(s) x {concurrency} on queue {s.grading_queue}. "
                 "Ctrl-C stops everything.")

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        last = "no answer yet"
        while time.monotonic() < deadline:
            dead = self.dead()
            if dead:
                raise StorageError(f"{dead} exited while the stack was starting; its output is above.")
            try:
                with urllib.request.urlopen(self.base_url + "/api/ready", timeout=5) as r:
                    if r.status == 200:
                        return
            except urllib.error.HTTPError as exc:
                last = exc.read().decode("utf-8", "replace")[:300]
            except OSError as exc:
                last = str(exc)
            time.sleep(0.25)
        raise StorageError(f"The web app did not become ready within {START_TIMEOUT:.0f} s ({last}).")

    def dead(self) -> str | None:
        """The name of a process that exited on its own, if any."""
        if self.web is not None and (code := _exit_status(self.web)) is not None:
            return f"gunicorn ({_describe(code)})"
        for proc in self.workers:
            if (code := _exit_status(proc)) is not None:
                return f"the grading worker {proc.pid} ({_describe(code)})"
        return None

    def wait(self) -> int:
        """Block until SIGINT/SIGTERM (exit code 0) or a process dying (1); everything is stopped."""

        def on_signal(signum, _frame):
            self._stop_signal = signum

        previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            while self._stop_signal is None:
                dead = self.dead()
                if dead:
                    self.say(f"{dead} exited; stopping the rest.")
                    return 1
                time.sleep(0.5)
            self.say("Stopping: web processes first, then grading workers.")
            return 0
        finally:
            self.stop()
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def stop(self) -> None:
        """SIGTERM, a bounded grace, then SIGKILL to the whole session; web first. Idempotent."""
        if self.web is not None:
            _stop([self.web], WEB_GRACE)
        _stop(self.workers, WORKER_GRACE)


def _stop(procs: list[subprocess.Popen], grace: float) -> None:
    for proc in procs:
        if proc.poll() is None:
            _signal_one(proc.pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    for proc in procs:
        _exited_unreaped(proc, deadline)
    for proc in procs:
        # Its own session: the group holds exactly what it started (pool processes, zygotes). The
        # leader is not reaped yet, so its id cannot have gone to another process meanwhile.
        if proc.returncode is None:
            _signal_group(proc.pid, signal.SIGKILL)
        proc.wait()


def _exit_status(proc: subprocess.Popen) -> int | None:
    """How a process that has exited ended (its exit code, or minus the signal that killed it, as
    Popen.returncode has it), None while it runs. It is left unreaped: a zombie keeps its id, so
    its process group's id cannot go to another process before we signal the group."""
    if proc.returncode is not None:
        return proc.returncode
    try:
        info = os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
    except ChildProcessError:
        return -1
    if info is None:
        return None
    return info.si_status if info.si_code == os.CLD_EXITED else -info.si_status


def _describe(code: int) -> str:
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


def _exited_unreaped(proc: subprocess.Popen, deadline: float) -> bool:
    """Wait, without reaping, until the process exits (True) or the deadline passes (False)."""
    while _exit_status(proc) is None:
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)
    return True


def _signal_one(pid: int, sig: int) -> None:
    try:
        os.kill(pid, sig)
    except ProcessLookupError:
        pass


def _signal_group(pid: int, sig: int) -> None:
    try:
        os.killpg(pid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def main(argv: list[str] | None = None) -> int:
    from offerloop.errors import OfferloopError
    from offerloop.settings import Settings

    def say(line: str) -> None:
        print(f"offerloop hosted: {line}", file=sys.stderr, flush=True)

    try:
        settings = Settings()
    except Exception as exc:  # pydantic's ValidationError: a setting out of range
        say(f"A setting is not valid: {exc}")
        return 2
    stack = Stack(settings, say=say)
    try:
        stack.start()
    except OfferloopError as exc:
        stack.stop()
        say(str(exc))
        return 2
    except KeyboardInterrupt:
        stack.stop()
        return 130
    return stack.wait()
