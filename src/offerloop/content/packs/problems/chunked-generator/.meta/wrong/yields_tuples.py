from itertools import islice


def chunked(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    it = iter(iterable)
    while True:
        chunk = tuple(islice(it, n))   # tuples, not lists
        if not chunk:
            return
        yield chunk
