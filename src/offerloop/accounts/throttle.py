"""Counters in fixed windows: sign-in throttling (failed attempts per email and per client address)
and the rate limits on grading and feedback (requests per user and per client address).

Redis holds the counters in hosted mode, so every web process sees the same ones; the in-process
counter is for local tests only (one process, nothing to share). An exceeded key answers how many
seconds remain in its window, which becomes the 429's Retry-After.
"""

from __future__ import annotations

import hashlib
import math
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

    def hit(self, checks: list[tuple[str, int, int]]) -> int:
        """Count one request against every (key, limit, window) at once: 0 when all are under their
        limit (each counted), else the seconds until the fullest one's window ends (none counted)."""
        with self._lock:
            now = self._clock()
            wait = 0.0
            for key, limit, _window in checks:
                n, ends = self._windows.get(key, (0, 0.0))
                if ends > now and n >= limit:
                    wait = max(wait, ends - now)
            if wait:
                return max(1, math.ceil(wait))
            for key, _limit, window in checks:
                n, ends = self._windows.get(key, (0, 0.0))
                if ends <= now:
                    n, ends = 0, now + window
                self._windows[key] = (n + 1, ends)
            return 0


UNAVAILABLE = {
    "signin": "Sign-in is unavailable for a moment (its Redis cannot be reached); try again shortly.",
    "limits": "This is unavailable for a moment (the rate limits' Redis cannot be reached); try again shortly.",
}

# Check every key first and count only when all are under their limit, in one atomic step, so a
# refused request costs nothing (a user who is over their limit does not eat their network's budget)
# and two web processes never both let the last request through. PTTL rounded up: Retry-After never
# ends before the window does.
_HIT = """
local wait = 0
for i, key in ipairs(KEYS) do
  local n = tonumber(redis.call('GET', key) or '0')
  if n >= tonumber(ARGV[2 * i - 1]) then
    local left = redis.call('PTTL', key)
    if left < 0 then
      redis.call('PEXPIRE', key, tonumber(ARGV[2 * i]) * 1000)
      left = tonumber(ARGV[2 * i]) * 1000
    end
    local seconds = math.max(1, math.ceil(left / 1000))
    if seconds > wait then wait = seconds end
  end
end
if wait > 0 then return wait end
for i, key in ipairs(KEYS) do
  if redis.call('INCR', key) == 1 then redis.call('EXPIRE', key, tonumber(ARGV[2 * i])) end
end
return 0
"""


def _redis_errors(method):
    """A Redis that cannot be reached refuses with one sentence (503): failing open would switch the
    throttle and the limits off exactly when someone may be knocking them over."""
    import functools

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        import redis

        from offerloop.errors import StorageError

        try:
            return method(self, *args, **kwargs)
        except redis.RedisError as exc:
            raise StorageError(UNAVAILABLE[self.kind]) from exc

    return wrapper


class RedisCounter:
    """The same counters in Redis: INCR, and EXPIRE only when the key is new (NX), so the window is fixed.
    Keys live under `<prefix>:<kind>:<space>:` (kind: signin or limits)."""

    def __init__(self, url: str, space: str = "", *, kind: str = "signin", prefix: str = "offerloop"):
        import redis

        self.kind = kind
        self._redis = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
        self._space = f"{prefix}:{kind}:{space}:"
        self._hit = self._redis.register_script(_HIT)

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

    @_redis_errors
    def hit(self, checks: list[tuple[str, int, int]]) -> int:
        """As MemoryCounter.hit, atomically in Redis (one script call, shared by every process)."""
        if not checks:
            return 0
        keys = [self._space + key for key, _limit, _window in checks]
        args = [x for _key, limit, window in checks for x in (limit, window)]
        return int(self._hit(keys=keys, args=args))

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


# -- rate limits on grading and feedback (hosted mode) ------------------------------------------------
@dataclass(frozen=True)
class Rule:
    """At most per_user requests per user and per_address per client address in each window of
    `window` seconds; 0 switches that half off."""

    name: str
    per_user: int
    per_address: int
    window: int


def rules_from(settings) -> dict[str, Rule]:
    """The two limited kinds of request, from the settings (OFFERLOOP_GRADING_PER_USER and the rest)."""
    window = settings.limit_window
    return {
        "grading": Rule("grading", settings.grading_per_user, settings.grading_per_ip, window),
        "answers": Rule("answers", settings.answers_per_user, settings.answers_per_ip, window),
    }


class RateLimiter:
    def __init__(self, counter, rules: dict[str, Rule]):
        self.counter = counter
        self.rules = rules

    def check(self, rule: str, user_id: int, address: str) -> int:
        """Count this request for the user and the address: 0 when it may go ahead, else the seconds to
        wait (and then it was not counted)."""
        r = self.rules[rule]
        checks = []
        if r.per_user:
            checks.append((_key(Limit(f"{r.name}:user", r.per_user, r.window), str(user_id)), r.per_user, r.window))
        if r.per_address:
            checks.append((_key(Limit(f"{r.name}:ip", r.per_address, r.window), address), r.per_address, r.window))
        return self.counter.hit(checks)


def limiter_for(settings) -> RateLimiter:
    """The rate limiter of a hosted deployment: counters in its Redis, namespaced by its database (and
    OFFERLOOP_REDIS_PREFIX), so every web process of it counts together and no other deployment does."""
    from offerloop.errors import StorageError

    url = settings.resolved_redis_url
    if not url:
        raise StorageError("Hosted mode keeps its rate limits in Redis: set OFFERLOOP_REDIS_URL "
                           "(for example redis://127.0.0.1:6379/1).")
    space = hashlib.sha256(settings.resolved_database_url.encode()).hexdigest()[:12]
    return RateLimiter(RedisCounter(url, space, kind="limits", prefix=settings.redis_prefix), rules_from(settings))
