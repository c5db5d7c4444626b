from collections import deque
from itertools import islice


def windows(iterable, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    it = iter(iterable)
    window = deque(islice(it, k), maxlen=k)
    if len(window) < k:
        return
    yield tuple(window)
    for item in it:
        window.append(item)
        yield tuple(window)
