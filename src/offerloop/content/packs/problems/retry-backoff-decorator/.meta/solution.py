import functools
import time


def _number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def retry_backoff(attempts, base_delay, factor=2.0, max_delay=None, exceptions=(Exception,), sleep=time.sleep):
    if type(attempts) is not int or attempts < 1:
        raise ValueError("attempts must be an int of at least 1")
    if not _number(base_delay) or base_delay < 0 or not _number(factor) or factor < 0:
        raise ValueError("base_delay and factor must be non-negative numbers")

    def delay(retry):
        d = base_delay * factor ** (retry - 1)
        return d if max_delay is None else min(d, max_delay)

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == attempts:
                        raise
                    sleep(delay(attempt))

        return wrapper

    return decorator
