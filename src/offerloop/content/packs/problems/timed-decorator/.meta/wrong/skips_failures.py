import functools
import time


def timed(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = func(*args, **kwargs)   # a raising call is never recorded
        wrapper.durations.append(time.perf_counter() - start)
        return result

    wrapper.durations = []
    return wrapper
