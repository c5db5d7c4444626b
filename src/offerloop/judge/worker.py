"""The orchestrator's handle on one zygote, and on the child it forks for a submission."""

from __future__ import annotations

import collections
import json
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable

from offerloop.judge import codec
from offerloop.judge.protocol import ChannelClosed, FrameTimeout, FrameTooLarge, read_frame, write_frame

# Kept from the parent environment: BLAS threading (one thread per child) and the OpenBLAS
# settings some processors need for correct results.
KEEP_ENV = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")


def hidden_paths(data_dir: str | Path | None = None) -> list[str]:
    """What a child must not even see (stat): offerloop's own folder (content packs, reference
    solutions) and the data dir (the database), as the settings resolve it (or as the caller,
    which resolved them already, says: the terminal's fast path does not import the settings)."""
    import offerloop

    paths = [str(Path(offerloop.__file__).resolve().parent)]
    if data_dir is not None:
        return [*paths, str(Path(data_dir).expanduser().resolve())]
    try:
        from offerloop.settings import Settings

        paths.append(str(Path(Settings().data_dir).expanduser().resolve()))
    except Exception:  # noqa: BLE001 - settings that do not load hide nothing more
        pass
    return paths


def zygote_env() -> dict[str, str]:
    env = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
           "NUMEXPR_NUM_THREADS": "1", "PYTHONDONTWRITEBYTECODE": "1", "PYTHONHASHSEED": "0"}
    for key in KEEP_ENV:
        if key in os.environ:
            env[key] = os.environ[key]
    return env


class ChildTimeout(TimeoutError):
    pass


class ChildDied(RuntimeError):
    """The child's channel closed. killed: it was still running then, and the judge killed it."""

    def __init__(self, status: int | None, killed: bool = False):
        super().__init__(f"child ended with status {status}")
        self.status = status
        self.killed = killed


class ZygoteBroken(RuntimeError):
    """The zygote did not answer its control channel as it should; the slot must be replaced."""


KILL_WAIT = 5.0  # seconds for a SIGKILLed child to be gone (it cannot block the signal)
MAX_SPAWN = 4  # children one spawn request may ask for (the zygote takes up to this many descriptors)


FRAME_GRACE = 0.1  # seconds for the rest of a reply that began by its deadline (Child.recv with more)


class Child:
    """One sandboxed child: send requests and read replies with a deadline on the whole frame,
    kill it from outside. It is always killed before it is reaped, so the zygote never waits on
    a process that is still running."""

    def __init__(self, worker: "Worker", sock: socket.socket, pid: int):
        self.worker, self.sock, self.pid = worker, sock, pid
        self.fd = sock.fileno()
        os.set_blocking(self.fd, False)
        self.pidfd = os.pidfd_open(pid) if hasattr(os, "pidfd_open") else None
        self.status: int | None = None
        self.dead = False
        self.frame_at = 0.0  # perf_counter() when the last reply's last byte arrived

    def alive(self) -> bool:
        """Still running (a dead process makes its pidfd readable)."""
        if self.dead:
            return False
        if self.pidfd is None:
            return True
        readable, _, _ = select.select([self.pidfd], [], [], 0)
        return not readable

    def readable(self) -> bool:
        """Something (data or the end of the stream) is waiting to be read."""
        if self.dead:
            return False
        ready, _, _ = select.select([self.fd], [], [], 0)
        return bool(ready)

    def _ready_by(self, deadline: float) -> bool:
        """Whether something (data or the end of the stream) arrives before deadline."""
        ready, _, _ = select.select([self.fd], [], [], max(deadline - time.monotonic(), 0))
        return bool(ready)

    def send(self, msg: dict[str, Any], timeout: float = 30.0) -> None:
        self.send_payload(codec.dumps(msg), timeout)

    def send_payload(self, payload: bytes, timeout: float = 30.0) -> None:
        """Send one message already encoded (codec.dumps)."""
        try:
            write_frame(self.fd, payload, time.monotonic() + timeout)
        except FrameTimeout:
            self.kill()  # it stopped reading: it is not coming back
            raise ChildTimeout() from None
        except OSError:  # broken pipe, reset: it is gone, or closed its end and lingers
            raise self._channel_closed() from None

    def recv(self, timeout: float, more: Callable[[], float] | None = None) -> dict[str, Any]:
        """The next reply, or ChildTimeout / ChildDied. A malformed reply raises codec.CodecError.
        more, when given, is asked each time timeout runs out with nothing arrived: the seconds
        the child may still have (0: none), so a limit can be counted in something else than
        wall time (the child's CPU time) with the wall clock as a backstop."""
        deadline = time.monotonic() + max(timeout, 0)
        if more is not None:
            while not self._ready_by(deadline):
                extra = more()
                if extra <= 0:
                    break
                deadline = time.monotonic() + extra
            else:
                # The reply has begun: the rest of its frame gets a moment even when it began at the deadline.
                deadline = max(deadline, time.monotonic() + FRAME_GRACE)
        try:
            frame = read_frame(self.fd, deadline=deadline)
        except FrameTimeout:
            self.kill()
            raise ChildTimeout() from None
        except (ChannelClosed, OSError):
            raise self._channel_closed() from None
        except FrameTooLarge:
            self.kill()
            raise codec.CodecError("the output is too large") from None
        self.frame_at = time.perf_counter()
        msg = codec.loads(frame)
        if not isinstance(msg, dict):
            raise codec.CodecError("a reply that is not a message")
        return msg

    def _channel_closed(self) -> ChildDied:
        """A closed channel: a child that is exiting gets a moment to finish (its status says
        why); one that closed its end and lingers is killed."""
        if self.pidfd is not None and not self.dead:
            select.select([self.pidfd], [], [], 0.2)
        killed = self.alive()
        return ChildDied(self.kill(), killed=killed)

    def _sigkill(self) -> None:
        """SIGKILL (through the pidfd where there is one: the pid cannot have been reused)."""
        try:
            if self.pidfd is not None:
                signal.pidfd_send_signal(self.pidfd, signal.SIGKILL)
            else:
                os.kill(self.pid, signal.SIGKILL)
        except (ProcessLookupError, OSError):
            pass

    def kill(self) -> int | None:
        """SIGKILL, wait until it is gone, then collect its status from the zygote."""
        if self.dead:
            return self.status
        self.dead = True
        self._sigkill()
        try:
            if self.pidfd is not None:
                select.select([self.pidfd], [], [], KILL_WAIT)
        except OSError:
            pass
        self.status = self.worker._wait(self.pid)
        return self.status

    def close(self, reap_later: bool = False) -> None:
        """Kill and reap: nothing of this child survives. With reap_later, the SIGKILL goes now
        and the reaping rides on the worker's next control request (it comes at once: the spare
        for the next submission), which saves a round trip; Worker.flush_reaps forces it."""
        if reap_later and not self.dead:
            self.dead = True
            self._sigkill()
            self.worker._pending_reap.append(self.pid)
        self.kill()
        self.sock.close()
        if self.pidfd is not None:
            os.close(self.pidfd)
            self.pidfd = None


class Worker:
    """One zygote process, used by one submission at a time.

    The control channel carries one request and one reply at a time, each tagged with a sequence
    number; a reply that is late, missing or out of step marks the zygote broken, and a broken
    zygote is killed (its children die with it) and replaced before the next use."""

    CTRL_TIMEOUT = 30.0

    def __init__(self, preload: tuple[str, ...] = (), data_dir: str | Path | None = None, oneshot: bool = False):
        self.preload = preload
        self.data_dir = data_dir  # None: hidden_paths reads the settings
        # One submission and done (a terminal command): the zygote skips the preloading and warm-up
        # that only pay off over many children, and is killed, not asked to exit, at the end.
        self.oneshot = oneshot
        self.lock = threading.Lock()
        self.proc: subprocess.Popen | None = None
        self.ctrl: socket.socket | None = None
        # Children forked ahead, with the limits they were forked with: a submission takes one for its
        # cases and, when the problem has interview follow-ups, another for those (grader.grade).
        self._spares: list[tuple[tuple[int, int], Child]] = []
        self._seq = 0
        self.broken = False
        self.spawned: collections.deque[int] = collections.deque(maxlen=1000)  # recent child pids, for tests
        self._pending_reap: list[int] = []  # killed children the zygote reaps with the next request
        # A control request sent without waiting for its reply: ("reap", None, []), or ("spawn",
        # limits, our ends of the new children's sockets). settle() reads the reply.
        self._pending: tuple[str, tuple[int, int] | None, list[socket.socket]] | None = None
        self.start()

    def start(self) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        started = time.perf_counter()
        self.proc = subprocess.Popen(
            [sys.executable, "-I", "-m", "offerloop.judge.zygote", str(theirs.fileno()), ",".join(self.preload),
             os.pathsep.join(hidden_paths(self.data_dir))],
            pass_fds=[theirs.fileno()], env={**zygote_env(), **({"OFFERLOOP_ZYGOTE_ONESHOT": "1"} if self.oneshot else {})},
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, close_fds=True, cwd="/",
        )
        theirs.close()
        self.ctrl = ours
        self.broken = False
        self.ctrl.settimeout(60)
        try:
            ready = self.ctrl.recv(4096)
        except OSError:
            ready = b""
        self.ctrl.settimeout(self.CTRL_TIMEOUT)
        if not ready:
            self.close()
            raise RuntimeError("the judge's zygote did not start")
        self.start_seconds = time.perf_counter() - started

    def alive(self) -> bool:
        return self.proc is not None and not self.broken and self.proc.poll() is None

    @property
    def _spare(self) -> tuple[tuple[int, int], Child] | None:
        """The first child forked ahead for the next submission (its fork request answered first)."""
        self.settle()
        return self._spares[0] if self._spares else None

    @_spare.setter
    def _spare(self, value: tuple[tuple[int, int], Child] | None) -> None:
        """Keep this spare only (None: none); the other spares are killed (reaped with the next request)."""
        for _key, child in self._spares:
            if value is None or child is not value[1]:
                child.close(reap_later=True)
        self._spares = [value] if value is not None else []

    def spare_pids(self) -> list[int]:
        """The pids of the children forked ahead and kept for the next submissions."""
        self.settle()
        return [child.pid for _key, child in self._spares]

    def _call(self, msg: dict, fds: list[int] = (), timeout: float | None = None) -> dict:
        """One control request and its reply; anything out of step breaks the zygote."""
        self._request(msg, fds)
        return self._reply(timeout)

    def _request(self, msg: dict, fds: list[int] = ()) -> None:
        """Send a control request (the reply is read by _reply; one request is in flight at most)."""
        self.settle()
        if self.broken or self.ctrl is None:
            raise ZygoteBroken("the zygote is being replaced")
        self._seq += 1
        msg = {**msg, "seq": self._seq, "reap": self._pending_reap}
        self._pending_reap = []
        try:
            socket.send_fds(self.ctrl, [json.dumps(msg).encode()], list(fds))
        except OSError:
            self.broken = True
            raise ZygoteBroken("the zygote's control channel is closed") from None

    def _reply(self, timeout: float | None = None) -> dict:
        try:
            self.ctrl.settimeout(timeout or self.CTRL_TIMEOUT)
            data = self.ctrl.recv(4096)
            reply = json.loads(data) if data else None
        except (OSError, ValueError, AttributeError):
            reply = None
        if not isinstance(reply, dict) or reply.get("seq") != self._seq:
            self.broken = True
            raise ZygoteBroken("the zygote did not answer in step")
        return reply

    def spawn(self, *, memory_mb: int, cpu_seconds: int) -> Child:
        """A fresh sandboxed child: a spare forked after the last submission when its limits
        match and it is still alive, else a new one."""
        self.settle()
        while self._spares:
            key, child = self._spares.pop(0)
            if key == (memory_mb, cpu_seconds) and child.alive() and self.alive():
                return child
            child.close(reap_later=True)  # reaped with the fork request below
        try:
            return self._fork(memory_mb, cpu_seconds)
        except ZygoteBroken:
            self.restart()  # one fresh zygote; if that fails too, the error reaches the caller
            return self._fork(memory_mb, cpu_seconds)

    def prepare_spare(self, *, memory_mb: int, cpu_seconds: int, wait: bool = True, count: int = 1) -> None:
        """Fork the next children now (up to count kept with these limits), so they set up their
        sandbox while nobody is waiting. With wait=False only the request goes out; the zygote forks
        while the caller returns, and the reply is read when the worker is next used (settle).
        Children killed with reap_later are reaped with this request (or a reap request of its own
        when no fork is needed), before the zygote answers."""
        self.settle()
        key = (memory_mb, cpu_seconds)
        for other, child in self._spares:
            if other != key:
                child.close(reap_later=True)  # limits of another problem: reaped with the fork request
        self._spares = [s for s in self._spares if s[0] == key]
        need = min(count, MAX_SPAWN) - len(self._spares)
        if need <= 0:
            self.reap_soon()
            return
        try:
            if not self.alive():
                self.restart()
            socks = self._fork_request(memory_mb, cpu_seconds, need)
            if wait:
                self._spares += [(key, child) for child in self._fork_reply(socks)]
            else:
                self._pending = ("spawn", key, socks)
        except (OSError, ValueError, RuntimeError):
            self.reap_soon()  # the next submission forks its own child (a broken zygote took its children with it)

    def reap_soon(self) -> None:
        """Ask the zygote to reap the children killed with reap_later, without waiting: the caller
        does its own work meanwhile, then settle() (or any other use) reads the reply."""
        self.settle()
        if self._pending_reap and self.alive():
            try:
                self._request({"op": "reap"})
                self._pending = ("reap", None, [])
            except ZygoteBroken:
                pass  # the next use restarts it; its children died with it

    def settle(self) -> None:
        """Read the reply to a request sent without waiting (a reap, or a spare's fork). Every
        other use of the control channel settles first, so it stays in step."""
        pending, self._pending = self._pending, None
        if pending is None:
            return
        kind, key, ours = pending
        try:
            if kind == "reap":
                self._reply(KILL_WAIT + 5)
            else:
                self._spares += [(key, child) for child in self._fork_reply(ours)]
        except (OSError, ValueError, RuntimeError):
            if kind == "reap":
                self.restart()  # a zygote that cannot say its children are gone takes them with it

    def _fork(self, memory_mb: int, cpu_seconds: int) -> Child:
        if not self.alive():
            self.restart()
        return self._fork_reply(self._fork_request(memory_mb, cpu_seconds))[0]

    def _fork_request(self, memory_mb: int, cpu_seconds: int, count: int = 1) -> list[socket.socket]:
        """Ask for count children at once (one request, one reply): our ends of their sockets."""
        pairs = [socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM) for _ in range(count)]
        try:
            self._request({"op": "spawn", "memory_mb": memory_mb, "cpu_seconds": cpu_seconds},
                          [theirs.fileno() for _ours, theirs in pairs])
        except ZygoteBroken:
            for ours, _theirs in pairs:
                ours.close()
            raise
        finally:
            for _ours, theirs in pairs:
                theirs.close()
        return [ours for ours, _theirs in pairs]

    def _fork_reply(self, ours: list[socket.socket]) -> list[Child]:
        try:
            reply = self._reply()
        except ZygoteBroken:
            for sock in ours:
                sock.close()
            raise
        pids = reply.get("pids")
        if (type(pids) is not list or len(pids) != len(ours)
                or not all(type(pid) is int and pid > 1 for pid in pids)):
            for sock in ours:
                sock.close()
            self.broken = True
            raise ZygoteBroken("the zygote sent no pid")
        self.spawned.extend(pids)
        return [Child(self, sock, pid) for sock, pid in zip(ours, pids)]

    def _wait(self, pid: int) -> int | None:
        """The status of a child already killed (None if the zygote could not say)."""
        try:
            status = self._call({"op": "wait", "pid": pid}, timeout=KILL_WAIT + 5).get("status")
        except ZygoteBroken:
            return None
        return status if type(status) is int else None

    def flush_reaps(self) -> None:
        """Reap the children killed with reap_later now (one round trip), if any are left."""
        self.settle()
        if self._pending_reap and self.alive():
            try:
                self._call({"op": "reap"}, timeout=KILL_WAIT + 5)
            except ZygoteBroken:
                self.restart()

    def restart(self) -> None:
        self.close()
        self.start()

    def close(self) -> None:
        pending, self._pending = getattr(self, "_pending", None), None
        if pending is not None:
            for sock in pending[2]:
                sock.close()  # its child dies with the zygote below
        spares, self._spares = getattr(self, "_spares", []), []
        if not self.broken:
            for _key, child in spares:
                child.close()
            spares = []
        if self.ctrl is not None:
            self.ctrl.close()
            self.ctrl = None
        if self.proc is not None:
            # A closed channel tells the zygote to kill and reap its children, then exit; one that
            # does not go is killed, and its children die too (SIGKILL is their parent-death signal).
            try:
                if self.oneshot:
                    self.proc.kill()  # its children die with it (parent-death signal): no goodbye round
                self.proc.wait(timeout=0 if self.broken else 3)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            self.proc = None
        for _key, child in spares:
            child.close()
