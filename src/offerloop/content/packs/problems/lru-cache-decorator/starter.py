import functools
from collections import OrderedDict


def lru_cache(maxsize):
    """Return a decorator caching at most maxsize results, dropping the least recently used first."""
    raise NotImplementedError
