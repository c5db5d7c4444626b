from collections import deque


def windows(iterable, k):
    """Yield each run of k consecutive items as a tuple, lazily."""
    raise NotImplementedError
