# Written differently: a while loop that keeps the next delay and multiplies it, nonlocal-free,
# and validation through numbers.Real.
import numbers
from functools import wraps
from time import sleep as _real_sleep


def retry_backoff(attempts, base_delay, factor=2.0, max_delay=None, exceptions=(Exception,), sleep=_real_sleep):
    def ok(x):
        return isinstance(x, numbers.Real) and not isinstance(x, bool) and x >= 0

    if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts <= 0:
        raise ValueError("attempts")
    if not (ok(base_delay) and ok(factor)):
        raise ValueError("delays")

    def decorator(func):
        @wraps(func)
        def wrapper(*args, **kwargs):
            left, wait = attempts, base_delay
            while True:
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    left -= 1
                    if left == 0:
                        raise
                sleep(wait if max_delay is None else min(wait, max_delay))
                wait = wait * factor

        return wrapper

    return decorator
