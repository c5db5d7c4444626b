"""A pool of warm zygotes, one per core by default, reused across submissions (thread-safe)."""

from __future__ import annotations

import queue
import threading

from offerloop.judge.grader import grade
from offerloop.judge.verdict import Result
from offerloop.judge.worker import Worker


class JudgePool:
    def __init__(self, workers: int = 2, preload: tuple[str, ...] = ()):
        self.size = max(1, workers)
        self.preload = tuple(preload)
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._all: list[Worker] = []
        self._lock = threading.Lock()
        self._closed = False

    def _acquire(self) -> Worker:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            if len(self._all) < self.size:
                worker = Worker(self.preload)
                self._all.append(worker)
                return worker
        return self._idle.get()

    def grade(self, problem, code: str, *, mode: str = "submit", seed: int | None = None) -> Result:
        """Grade on the next free worker; the zygote is restarted if it died."""
        worker = self._acquire()
        try:
            if not worker.alive():
                worker.restart()
            return grade(worker, problem, code, mode=mode, seed=seed)
        finally:
            self._idle.put(worker)

    def warm(self) -> None:
        """Start every zygote now (the first submission then pays nothing)."""
        got = [self._acquire() for _ in range(self.size)]
        for w in got:
            self._idle.put(w)

    def close(self) -> None:
        with self._lock:
            for worker in self._all:
                worker.close()
            self._all.clear()
