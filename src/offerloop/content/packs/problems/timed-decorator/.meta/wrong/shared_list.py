import functools
import time

DURATIONS = []


def timed(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            DURATIONS.append(time.perf_counter() - start)

    wrapper.durations = DURATIONS   # every function shares one list
    return wrapper
