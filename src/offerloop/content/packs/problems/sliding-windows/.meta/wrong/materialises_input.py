def windows(iterable, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    items = list(iterable)   # hangs on an infinite input
    for i in range(len(items) - k + 1):
        yield tuple(items[i:i + k])
