"""A pool of warm zygotes, one slot per core by default, reused across submissions (thread-safe).

A zygote loads only what its problems' allowlist permits, and its children can read nothing else
(Landlock), so the allowlist holds at run time, not only in the import check: a problem without
imports gets a zygote without numpy, a numpy problem one without scipy or pandas. Each slot starts
the zygote for a profile on first need; forking a big process costs more, so numpy-only problems
never pay for pandas.
"""

from __future__ import annotations

import os
import queue
import threading
import time
from typing import Callable

from offerloop.judge.grader import grade
from offerloop.judge.verdict import Result
from offerloop.judge.worker import Worker

HEAVY = ("pandas", "scipy", "sklearn")


def profile_for(problem) -> tuple[str, ...]:
    """Which third-party modules the zygote for this problem loads (and its children may read):
    () for the standard library only, ("*",) for a problem that allows any import."""
    allowed = set(problem.meta.allowed_imports)
    if "*" in allowed:
        return ("*",)
    return tuple(m for m in ("numpy",) + HEAVY if m in allowed)


_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def zygote_cpu(worker: Worker) -> float:
    """CPU seconds a zygote has used, with the children it has reaped (0 when it cannot be read)."""
    try:
        with open(f"/proc/{worker.proc.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return sum(int(x) for x in fields[11:15]) / _TICK  # utime, stime, cutime, cstime
    except (OSError, AttributeError, ValueError, IndexError):
        return 0.0


class _Slot:
    def __init__(self):
        self.zygotes: dict[tuple[str, ...], Worker] = {}

    def worker(self, profile: tuple[str, ...]) -> Worker:
        w = self.zygotes.get(profile)
        if w is None:
            w = self.zygotes[profile] = Worker(profile)
        elif not w.alive():
            w.restart()
        return w

    def close(self) -> None:
        for w in self.zygotes.values():
            w.close()
        self.zygotes.clear()


class JudgePool:
    def __init__(self, workers: int = 2, preload: tuple[str, ...] = ()):
        self.size = max(1, workers)
        self.preload = tuple(preload)  # kept for callers; heavy modules load per profile on demand
        self._idle: queue.Queue[_Slot] = queue.Queue()
        self._slots: list[_Slot] = []
        self._lock = threading.Lock()

    def _acquire(self) -> _Slot:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            if len(self._slots) < self.size:
                slot = _Slot()
                self._slots.append(slot)
                return slot
        return self._idle.get()

    @property
    def _all(self) -> list[Worker]:
        return [w for s in self._slots for w in s.zygotes.values()]

    def grade(self, problem, code: str, *, mode: str = "submit", seed: int | None = None,
              scaling: bool = True, fail_fast: bool = False, usage: list[float] | None = None,
              on_verdict: Callable[[Result], None] | None = None, early_too_slow: bool = False) -> Result:
        """Grade on the next free slot; a zygote that died is restarted first. With usage (a
        [cpu seconds, wall seconds] pair), this grading's cost is added to it: this thread's CPU
        plus what the slot's zygote and its children used meanwhile (the bank proof's timings).
        on_verdict: see grader.grade."""
        slot = self._acquire()
        try:
            worker = slot.worker(profile_for(problem))
            if usage is None:
                return grade(worker, problem, code, mode=mode, seed=seed, scaling=scaling, fail_fast=fail_fast,
                             on_verdict=on_verdict, early_too_slow=early_too_slow)
            before = (time.thread_time(), zygote_cpu(worker), time.perf_counter())
            try:
                return grade(worker, problem, code, mode=mode, seed=seed, scaling=scaling, fail_fast=fail_fast,
                             on_verdict=on_verdict, early_too_slow=early_too_slow)
            finally:
                worker.settle()  # this grading's children reaped, so their CPU time is the zygote's now
                usage[0] += time.thread_time() - before[0] + max(0.0, zygote_cpu(worker) - before[1])
                usage[1] += time.perf_counter() - before[2]
        finally:
            self._idle.put(slot)

    def warm(self) -> None:
        """Start the numpy zygote of every slot now (the first submission then pays nothing)."""
        got = [self._acquire() for _ in range(self.size)]
        for slot in got:
            slot.worker(("numpy",))
            self._idle.put(slot)

    def close(self) -> None:
        with self._lock:
            for slot in self._slots:
                slot.close()
            self._slots.clear()
