import time


class Timer:
    def __init__(self):
        self.elapsed = None

    def __enter__(self):
        self.elapsed = None
        self._start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = time.perf_counter() - self._start
        return True   # swallows every exception
