"""Sign-in throttling: failed attempts counted per email and per client address in fixed windows.

Redis holds the counters in hosted mode, so every web process sees the same ones; the in-process
counter is for local tests only (one process, nothing to share). An exceeded key answers how many
seconds remain in its window, which becomes the 429's Retry-After.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass

# Five wrong passwords for one email in 15 minutes is already more than a person mistypes; an
# address gets more room because a classroom or a campus signs in from behind one NAT.
PER_EMAIL = (5, 15 * 60)
PER_ADDRESS = (50, 15 * 60)


@dataclass(frozen=True)
class Limit:
    prefix: str
    limit: int
    window: int


EMAIL = Limit("email", *PER_EMAIL)
ADDRESS = Limit("ip", *PER_ADDRESS)


def _key(limit: Limit, value: str) -> str:
    # Hashed so Redis never holds the email addresses themselves.
    return f"{limit.prefix}:" + hashlib.sha256(value.encode()).hexdigest()[:32]


class MemoryCounter:
    """Fixed-window counters in this process (tests and local runs)."""

    def __init__(self, clock=time.monotonic):
        self._clock = clock
        self._lock = threading.Lock()
        self._windows: dict[str, tuple[int, float]] = {}

    def count(self, key: str) -> tuple[int, int]:
        """(failures so far, seconds left in the window)."""
        with self._lock:
            n, ends = self._windows.get(key, (0, 0.0))
            left = ends - self._clock()
            if left <= 0:
                return 0, 0
            return n, max(1, int(left + 0.999))

    def add(self, key: str, window: int) -> None:
        with self._lock:
            now = self._clock()
            n, ends = self._windows.get(key, (0, 0.0))
            if ends <= now:
                n, ends = 0, now + window
            self._windows[key] = (n + 1, ends)

    def clear(self, key: str) -> None:
        with self._lock:
            self._windows.pop(key, None)


def _redis_errors(method):
    """A Redis that cannot be reached refuses the sign-in with one sentence (503): failing open
    would switch the throttle off exactly when someone may be knocking it over."""
    import functools

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        import redis

        from offerloop.errors import StorageError

        try:
            return method(self, *args, **kwargs)
        except redis.RedisError as exc:
            raise StorageError("Sign-in is unavailable for a moment (its Redis cannot be reached); "
                               "try again shortly.") from exc

    return wrapper


class RedisCounter:
    """The same counters in Redis: INCR, and EXPIRE only when the key is new (NX), so the window is fixed."""

    def __init__(self, url: str, space: str = ""):
        import redis

        self._redis = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
        self._space = f"offerloop:signin:{space}:"

    @_redis_errors
    def count(self, key: str) -> tuple[int, int]:
        key = self._space + key
        pipe = self._redis.pipeline()
        pipe.get(key)
        pipe.ttl(key)
        raw, ttl = pipe.execute()
        if raw is None or ttl == -2:
            return 0, 0
        return int(raw), max(1, ttl if ttl > 0 else 1)

    @_redis_errors
    def add(self, key: str, window: int) -> None:
        key = self._space + key
        pipe = self._redis.pipeline()
        pipe.incr(key)
        pipe.expire(key, window, nx=True)
        pipe.execute()

    @_redis_errors
    def clear(self, key: str) -> None:
        self._redis.delete(self._space + key)

    def close(self) -> None:
        self._redis.close()


class Throttle:
    def __init__(self, counter):
        self.counter = counter

    def retry_after(self, email: str, address: str) -> int:
        """0 when a sign-in may be tried now, else the seconds to wait."""
        wait = 0
        for limit, value in ((EMAIL, email), (ADDRESS, address)):
            n, left = self.counter.count(_key(limit, value))
            if n >= limit.limit:
                wait = max(wait, left)
        return wait

    def failed(self, email: str, address: str) -> None:
        self.counter.add(_key(EMAIL, email), EMAIL.window)
        self.counter.add(_key(ADDRESS, address), ADDRESS.window)

    def succeeded(self, email: str) -> None:
        # The address keeps its count: one right password must not wipe a spray across many emails.
        self.counter.clear(_key(EMAIL, email))
