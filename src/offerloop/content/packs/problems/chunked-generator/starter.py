def chunked(iterable, n):
    """Yield lists of n consecutive items (the last may be shorter), reading lazily."""
    raise NotImplementedError
