"""The zygote: a warm process that forks one sandboxed child per submission.

It is started as its own program with a cleared environment, imports numpy and every module a
solution may use, builds the Landlock ruleset once, and then waits. It never sees expected outputs,
reference solutions or other users' code, so a child forked from it cannot find them in memory.

Control messages (JSON over a Unix socket, one per datagram; each reply echoes the request's seq):
  {"op": "spawn", "seq": Q, "memory_mb": M, "cpu_seconds": S} + k descriptors (1 to 4), one child
                                                          per descriptor -> {"seq": Q, "pids": [P, ...]}
  {"op": "wait", "seq": Q, "pid": P}  (a child already killed)              -> {"seq": Q, "status": S}
  {"op": "reap", "seq": Q}                                                  -> {"seq": Q}
Any request may carry "reap": [P, ...], children the orchestrator has killed: they are reaped first.
"""

from __future__ import annotations

import json
import os
import select
import signal
import socket
import sys
import time


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


def _warm_up(with_numpy: bool) -> None:
    """Run each common numpy routine once, so lazy initialisation (LAPACK, BLAS buffers, ufunc
    loops) happens here once instead of in every child."""
    import copy

    from offerloop.judge import codec

    if not with_numpy:
        # The codec and deepcopy run on every case: exercise them on the kinds of data cases carry.
        codec.loads(codec.dumps({"op": "call", "i": 0, "args": copy.deepcopy([[1, 2], 3, 0.5, "s", (1, 2), [True]]),
                                 "kwargs": {"k": 2, 1: None}}))
        return
    import numpy as np

    rng = np.random.default_rng(0)
    a = rng.normal(size=(8, 3))
    b = rng.normal(size=8)
    sq = a.T @ a
    np.linalg.lstsq(a, b, rcond=None)
    np.linalg.solve(sq, a.T @ b)
    np.linalg.inv(sq)
    np.linalg.pinv(a)
    np.linalg.svd(a, full_matrices=False)
    np.linalg.eigh(sq)
    np.linalg.eig(sq)
    np.linalg.norm(a, axis=1)
    np.linalg.det(sq)
    np.einsum("ij,ij->i", a, a)
    np.sort(b), np.argsort(b), np.unique(np.round(b)), np.cumsum(b), np.argmax(a, axis=1)
    np.exp(b), np.log(np.abs(b) + 1), np.tanh(b), np.maximum(b, 0), np.clip(b, -1, 1), np.sqrt(np.abs(b))
    a.mean(axis=0), a.std(axis=0), a.var(), np.median(b), np.percentile(b, 50), np.bincount(np.arange(3))
    np.fft.fft(b)
    np.random.seed(0), np.random.rand(3), np.random.permutation(5)
    np.concatenate([a, a]), np.stack([b, b]), np.where(b > 0, b, 0), np.isclose(b, b).all()
    np.pad(a, 1), np.outer(b, b), np.tril(sq), np.triu(sq), np.eye(3), np.diag(sq)
    # The codec and deepcopy run on every case: exercise them on the kinds of data cases carry.
    codec.loads(codec.dumps({"op": "call", "i": 0, "args": copy.deepcopy([a, b, 3, 0.5, "s", (1, 2), [True]]),
                             "kwargs": {"k": np.int64(2)}}))


def _spare_warm_up(asked=lambda: False) -> None:
    """What a spare child runs while it waits (after child._prewarm's dry load and call): the numpy
    routines ML solutions call most, once each. Each call writes the pages it uses, which the child
    then copies from the zygote: done here, off the clock, instead of during the first case. (The
    whole _warm_up again would copy twice as many pages as a first call needs.) It stops between
    steps once asked() is true (the submission is waiting)."""
    import numpy as np

    from offerloop.judge import codec

    request = codec.loads(codec.dumps({"op": "call", "i": 0, "args": [[[1.0, 2.0], [3.0, 5.0], [0.5, 1.0]], [1.0, 2.0, 3.0]],
                                       "kwargs": {}, "n": 1}))
    a, b = (np.asarray(v, dtype=float) for v in request["args"])
    g, v = a.T @ a, a.T @ b
    if asked():
        return
    np.linalg.solve(g, v), np.linalg.lstsq(a, b, rcond=None), np.linalg.inv(g)
    if asked():
        return
    (a * 2 + 1).sum(axis=0), a.mean(axis=0), np.sqrt(np.abs(b)), np.zeros(3), np.ones((2, 2)), np.dot(b, b)
    np.exp(b), np.argmax(b), np.concatenate([b, b]), np.where(b > 1, b, 0)
    if asked():
        return
    codec.dumps({"op": "result", "i": 0, "value": g, "n": 1, "stdout": ""})


STDLIB_PRELOAD = ["math", "cmath", "collections", "collections.abc", "itertools", "functools", "heapq",
                  "bisect", "typing", "abc", "dataclasses", "enum", "operator", "string", "re", "copy",
                  "fractions", "decimal", "array", "contextlib", "types", "random", "numbers",
                  "statistics", "json", "ctypes", "unicodedata", "encodings.idna"]
NUMPY_PRELOAD = ["numpy", "numpy.random", "numpy.linalg", "numpy.fft", "numpy.lib.stride_tricks"]


def main() -> None:
    ctrl_fd = int(sys.argv[1])
    # The profile: the third-party modules this zygote's problems allow ("*": any, numpy preloaded).
    profile = [m for m in sys.argv[2].split(",") if m] if len(sys.argv) > 2 else []
    any_import = "*" in profile
    preload = [m for m in profile if m != "*"]
    if any_import and "numpy" not in preload:
        preload.insert(0, "numpy")
    # The heavy libraries' commonly used submodules load lazily otherwise, in every child.
    extra = {"numpy": NUMPY_PRELOAD,
             "scipy": ["scipy.stats", "scipy.special", "scipy.linalg", "scipy.optimize", "scipy.sparse"],
             "sklearn": ["sklearn.pipeline", "sklearn.preprocessing", "sklearn.model_selection",
                         "sklearn.linear_model", "sklearn.impute", "sklearn.metrics"],
             "pandas": []}
    preload += [sub for m in list(preload) for sub in extra.get(m, [])]
    # A one-shot zygote (a terminal command) serves one submission: preloading the standard helpers
    # and warming numpy up only pay off over many children, so its child loads what it uses.
    oneshot = os.environ.get("OFFERLOOP_ZYGOTE_ONESHOT") == "1"
    _preload(([] if oneshot else STDLIB_PRELOAD) + preload)
    from offerloop.judge import child, sandbox  # loaded before any fork, never read again

    if not oneshot:
        _warm_up("numpy" in sys.modules)
    # A spare child waits for its submission: meanwhile it loads and calls a dry run (and common
    # numpy routines), so the pages a first load and call write (refcounts, after the fork) are
    # copied before anyone waits. A one-shot zygote's child is used at once: nothing to gain.
    prewarm = None if oneshot else (_spare_warm_up if "numpy" in sys.modules else False)

    hidden = [p for p in sys.argv[3].split(os.pathsep) if p] if len(sys.argv) > 3 else []
    if hidden:
        sandbox.HIDDEN["ok"] = sandbox.hide_paths(hidden)
    ruleset = sandbox.prepare(any_site_package=any_import)
    # The children's environment, set once here: a child then only checks it (clearing it there
    # copies pages from this process in every child).
    os.environ.clear()
    os.environ.update(sandbox.CHILD_ENV)
    import gc

    if not oneshot:
        gc.collect()
    gc.freeze()  # keep the collector off the preloaded objects so children do not copy their pages
    ctrl = socket.socket(fileno=ctrl_fd)
    ctrl.sendall(b'{"ready": true}')
    # Children are reaped as they die; their statuses wait here until asked for (bounded).
    statuses: dict[int, int] = {}
    live: set[int] = set()

    def reap() -> None:
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            live.discard(pid)
            statuses[pid] = status
            if len(statuses) > 1000:
                statuses.pop(next(iter(statuses)))

    def wait_for(pid: int) -> int:
        """The status of a child the orchestrator has killed; never blocks for long. Its pidfd
        wakes us the moment it is gone (polling with sleeps cost a millisecond per child)."""
        deadline = time.monotonic() + 5
        pidfd = None
        try:
            while True:
                reap()
                if pid in statuses:
                    return statuses.pop(pid)
                remaining = deadline - time.monotonic()
                if pid not in live or remaining <= 0:
                    return -1
                if pidfd is None and hasattr(os, "pidfd_open"):
                    try:
                        pidfd = os.pidfd_open(pid)
                    except OSError:
                        pidfd = -1
                if pidfd is not None and pidfd >= 0:
                    select.select([pidfd], [], [], min(remaining, 0.05))
                else:
                    time.sleep(0.001)
        finally:
            if pidfd is not None and pidfd >= 0:
                os.close(pidfd)

    zygote_pid = os.getpid()
    try:
        while True:
            try:
                data, fds, _flags, _addr = socket.recv_fds(ctrl, 4096, 4)
            except (ConnectionResetError, OSError):
                return
            if not data:
                return  # the orchestrator went away
            msg = json.loads(data)
            reap()
            killed = [pid for pid in msg.get("reap", []) if type(pid) is int]
            for pid in killed:
                # Children the orchestrator has killed (SIGKILL again: cheap, and sure).
                if pid in live:
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except OSError:
                        pass
            if msg["op"] != "spawn":
                for pid in killed:
                    wait_for(pid)  # gone before the reply
            if msg["op"] == "spawn":
                pids = []
                for n, fd in enumerate(fds):
                    vm_now = sandbox.vm_bytes()  # the child's size as forked (read here: no pages copied there)
                    pid = os.fork()
                    if pid == 0:
                        try:
                            # Dies with the zygote, whatever happens to the orchestrator.
                            sandbox.set_parent_death_signal(zygote_pid)
                            ctrl.close()
                            for other in fds[n + 1:]:
                                os.close(other)  # the next children's sockets (enter closes the rest too)
                            applied = sandbox.enter(fd, memory_mb=msg["memory_mb"], cpu_seconds=msg["cpu_seconds"],
                                                    ruleset_fd=ruleset, vm_now=vm_now)
                        except BaseException as exc:  # the sandbox could not be set up: say so, run nothing
                            _report_setup_failure(fd, exc)
                            os._exit(71)
                        try:
                            child.serve(fd, applied, prewarm)
                        finally:
                            os._exit(70)
                    live.add(pid)
                    os.close(fd)
                    pids.append(pid)
                # The killed children's memory is torn down while these forks run; all are done
                # before the reply, so none of them outlives the orchestrator's next step.
                for old in killed:
                    wait_for(old)
                ctrl.sendall(json.dumps({"seq": msg.get("seq"), "pids": pids}).encode())
            elif msg["op"] == "wait":
                status = wait_for(msg["pid"])
                ctrl.sendall(json.dumps({"seq": msg.get("seq"), "status": status}).encode())
            elif msg["op"] == "reap":
                ctrl.sendall(json.dumps({"seq": msg.get("seq")}).encode())
            if msg["op"] != "spawn":
                for extra in fds:
                    os.close(extra)
    finally:
        # No child outlives its zygote.
        for pid in list(live):
            try:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            except OSError:
                pass


if __name__ == "__main__":
    main()
