import functools
import time


def _number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def retry_backoff(attempts, base_delay, factor=2.0, max_delay=None, exceptions=(Exception,), sleep=time.sleep):

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
