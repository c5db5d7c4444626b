"""The zygote: a warm process that forks one sandboxed child per submission.

It is started as its own program with a cleared environment, imports numpy and every module a
solution may use, builds the Landlock ruleset once, and then waits. It never sees expected outputs,
reference solutions or other users' code, so a child forked from it cannot find them in memory.

Control messages (JSON over a Unix socket, one per datagram):
  {"op": "spawn", "memory_mb": M, "cpu_seconds": S} + one descriptor -> {"pid": P}
  {"op": "wait", "pid": P}                                           -> {"status": S}
"""

from __future__ import annotations

import json
import os
import socket
import sys


def _preload(modules: list[str]) -> None:
    import importlib

    for name in modules:
        try:
            importlib.import_module(name)
        except ImportError:
            pass


def _report_setup_failure(fd: int, exc: BaseException) -> None:
    from offerloop.judge import codec
    from offerloop.judge.protocol import write_frame

    try:
        write_frame(fd, codec.dumps({"op": "error", "i": -1, "kind": "sandbox", "line": None, "stdout": "",
                                     "message": f"{type(exc).__name__}: {exc}"}))
    except Exception:
        pass


def main() -> None:
    ctrl_fd = int(sys.argv[1])
    preload = [m for m in sys.argv[2].split(",") if m] if len(sys.argv) > 2 else []
    _preload(["numpy", "numpy.random", "numpy.linalg", "numpy.fft", "numpy.lib.stride_tricks",
              "math", "cmath", "collections", "collections.abc", "itertools", "functools", "heapq",
              "bisect", "typing", "abc", "dataclasses", "enum", "operator", "string", "re", "copy",
              "fractions", "decimal", "array", "contextlib", "types", "random", "numbers",
              "statistics", "json", "ctypes", "unicodedata", "encodings.idna"] + preload)
    from offerloop.judge import child, sandbox  # loaded before any fork, never read again

    ruleset = sandbox.prepare()
    ctrl = socket.socket(fileno=ctrl_fd)
    ctrl.sendall(b'{"ready": true}')
    while True:
        try:
            data, fds, _flags, _addr = socket.recv_fds(ctrl, 4096, 4)
        except (ConnectionResetError, OSError):
            return
        if not data:
            return  # the orchestrator went away
        msg = json.loads(data)
        if msg["op"] == "spawn":
            fd = fds[0]
            pid = os.fork()
            if pid == 0:
                try:
                    ctrl.close()
                    applied = sandbox.enter(fd, memory_mb=msg["memory_mb"], cpu_seconds=msg["cpu_seconds"],
                                            ruleset_fd=ruleset)
                except BaseException as exc:  # the sandbox could not be set up: say so, run nothing
                    _report_setup_failure(fd, exc)
                    os._exit(71)
                try:
                    child.serve(fd, applied)
                finally:
                    os._exit(70)
            os.close(fd)
            ctrl.sendall(json.dumps({"pid": pid}).encode())
        elif msg["op"] == "wait":
            try:
                _, status = os.waitpid(msg["pid"], 0)
            except ChildProcessError:
                status = -1
            ctrl.sendall(json.dumps({"status": status}).encode())
        for extra in fds[1:]:
            os.close(extra)


if __name__ == "__main__":
    main()
