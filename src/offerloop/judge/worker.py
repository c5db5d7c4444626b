"""The orchestrator's handle on one zygote, and on the child it forks for a submission."""

from __future__ import annotations

import json
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from typing import Any

from offerloop.judge import codec
from offerloop.judge.protocol import ChannelClosed, FrameTooLarge, read_frame, write_frame

# Kept from the parent environment: BLAS threading (one thread per child) and the OpenBLAS
# settings some processors need for correct results.
KEEP_ENV = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")


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
    def __init__(self, status: int | None):
        super().__init__(f"child ended with status {status}")
        self.status = status


class Child:
    """One sandboxed child: send requests, read replies with a deadline, kill it from outside."""

    def __init__(self, worker: "Worker", sock: socket.socket, pid: int):
        self.worker, self.sock, self.pid = worker, sock, pid
        self.fd = sock.fileno()
        self.pidfd = os.pidfd_open(pid) if hasattr(os, "pidfd_open") else None
        self.status: int | None = None
        self.dead = False

    def alive(self) -> bool:
        """Still running (a dead process makes its pidfd readable)."""
        if self.dead:
            return False
        if self.pidfd is None:
            return True
        readable, _, _ = select.select([self.pidfd], [], [], 0)
        return not readable

    def send(self, msg: dict[str, Any]) -> None:
        try:
            write_frame(self.fd, codec.dumps(msg))
        except (BrokenPipeError, ConnectionResetError):
            raise ChildDied(self._reap()) from None

    def recv(self, timeout: float) -> dict[str, Any]:
        """The next reply, or ChildTimeout / ChildDied. A malformed reply raises codec.CodecError."""
        ready, _, _ = select.select([self.fd], [], [], max(timeout, 0))
        if not ready:
            self.kill()
            raise ChildTimeout()
        try:
            frame = read_frame(self.fd)
        except (ChannelClosed, ConnectionResetError):
            raise ChildDied(self._reap()) from None
        except FrameTooLarge:
            self.kill()
            raise codec.CodecError("the output is too large") from None
        msg = codec.loads(frame)
        if not isinstance(msg, dict):
            raise codec.CodecError("a reply that is not a message")
        return msg

    def kill(self) -> None:
        if self.dead:
            return
        try:
            if self.pidfd is not None:
                signal.pidfd_send_signal(self.pidfd, signal.SIGKILL)
            else:
                os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self._reap()

    def _reap(self) -> int | None:
        if not self.dead:
            self.dead = True
            self.status = self.worker._wait(self.pid)
        return self.status

    def close(self) -> None:
        """Kill without waiting for the status (the zygote reaps it); nobody needs it any more."""
        if not self.dead:
            self.dead = True
            try:
                if self.pidfd is not None:
                    signal.pidfd_send_signal(self.pidfd, signal.SIGKILL)
                else:
                    os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.sock.close()
        if self.pidfd is not None:
            os.close(self.pidfd)
            self.pidfd = None


class Worker:
    """One zygote process, used by one submission at a time."""

    def __init__(self, preload: tuple[str, ...] = ()):
        self.preload = preload
        self.lock = threading.Lock()
        self.proc: subprocess.Popen | None = None
        self.ctrl: socket.socket | None = None
        self._spare: tuple[tuple[int, int], Child] | None = None
        self.start()

    def start(self) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        started = time.perf_counter()
        self.proc = subprocess.Popen(
            [sys.executable, "-I", "-m", "offerloop.judge.zygote", str(theirs.fileno()), ",".join(self.preload)],
            pass_fds=[theirs.fileno()], env=zygote_env(), stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, close_fds=True, cwd="/",
        )
        theirs.close()
        self.ctrl = ours
        self.ctrl.settimeout(60)
        ready = self.ctrl.recv(4096)
        self.ctrl.settimeout(30)
        if not ready:
            raise RuntimeError("the judge's zygote did not start")
        self.start_seconds = time.perf_counter() - started

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def spawn(self, *, memory_mb: int, cpu_seconds: int) -> Child:
        """A fresh sandboxed child: the spare forked after the last submission when its limits
        match and it is still alive, else a new one."""
        spare, self._spare = self._spare, None
        if spare is not None:
            key, child = spare
            if key == (memory_mb, cpu_seconds) and child.alive():
                return child
            child.close()
        return self._fork(memory_mb, cpu_seconds)

    def prepare_spare(self, *, memory_mb: int, cpu_seconds: int) -> None:
        """Fork the next child now, so it sets up its sandbox while nobody is waiting."""
        if self._spare is not None or not self.alive():
            return
        try:
            self._spare = ((memory_mb, cpu_seconds), self._fork(memory_mb, cpu_seconds))
        except (OSError, ValueError):
            self._spare = None

    def _fork(self, memory_mb: int, cpu_seconds: int) -> Child:
        if not self.alive():
            self.restart()
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            socket.send_fds(self.ctrl, [json.dumps({"op": "spawn", "memory_mb": memory_mb,
                                                    "cpu_seconds": cpu_seconds}).encode()], [theirs.fileno()])
            reply = json.loads(self.ctrl.recv(4096))
        finally:
            theirs.close()
        return Child(self, ours, reply["pid"])

    def _wait(self, pid: int) -> int | None:
        try:
            self.ctrl.sendall(json.dumps({"op": "wait", "pid": pid}).encode())
            return json.loads(self.ctrl.recv(4096))["status"]
        except (OSError, ValueError):
            return None

    def restart(self) -> None:
        self.close()
        self.start()

    def close(self) -> None:
        spare, self._spare = getattr(self, "_spare", None), None
        if spare is not None:
            spare[1].close()
        if self.ctrl is not None:
            self.ctrl.close()
            self.ctrl = None
        if self.proc is not None:
            if self.proc.poll() is None:
                self.proc.kill()
            self.proc.wait()
            self.proc = None
