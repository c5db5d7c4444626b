import functools


def memoize(func):
    """Cache func's results by arguments; add cache_info() and cache_clear() to the wrapper."""
    raise NotImplementedError
