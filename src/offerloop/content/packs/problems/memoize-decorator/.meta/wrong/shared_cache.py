import functools

_CACHE = {}
_STATS = {"hits": 0, "misses": 0}


def memoize(func):
    # One cache for every decorated function: double(5) and triple(5) collide.
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key in _CACHE:
            _STATS["hits"] += 1
            return _CACHE[key]
        _STATS["misses"] += 1
        _CACHE[key] = func(*args, **kwargs)
        return _CACHE[key]

    wrapper.cache_info = lambda: {"hits": _STATS["hits"], "misses": _STATS["misses"], "size": len(_CACHE)}

    def cache_clear():
        _CACHE.clear()
        _STATS["hits"] = _STATS["misses"] = 0

    wrapper.cache_clear = cache_clear
    return wrapper
