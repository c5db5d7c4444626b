def chunked(iterable, n):
    # Peeks one item ahead to know whether more chunks follow.
    if n < 1:
        raise ValueError("n must be at least 1")
    it = iter(iterable)
    sentinel = object()
    nxt = next(it, sentinel)
    while nxt is not sentinel:
        chunk = [nxt]
        nxt = next(it, sentinel)
        while len(chunk) < n and nxt is not sentinel:
            chunk.append(nxt)
            nxt = next(it, sentinel)
        yield chunk
