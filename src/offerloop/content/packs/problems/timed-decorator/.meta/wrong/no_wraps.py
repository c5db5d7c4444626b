import time


def timed(func):
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            wrapper.durations.append(time.perf_counter() - start)

    wrapper.durations = []
    return wrapper
