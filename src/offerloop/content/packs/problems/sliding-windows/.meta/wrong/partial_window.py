from collections import deque


def windows(iterable, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    window = deque(maxlen=k)
    for item in iterable:
        window.append(item)
        yield tuple(window)   # also yields the first, shorter windows
