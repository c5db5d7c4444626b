import functools
import time


def timed(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            wrapper.durations.append(int((time.perf_counter() - start) * 1000))   # ints, not seconds

    wrapper.durations = []
    return wrapper
