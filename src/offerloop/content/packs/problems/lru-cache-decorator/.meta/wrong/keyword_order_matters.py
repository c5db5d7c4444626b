import functools
from collections import OrderedDict


def lru_cache(maxsize):
    if type(maxsize) is not int or maxsize < 1:
        raise ValueError("maxsize")

    def decorator(func):
        cache = OrderedDict()
        stats = {"hits": 0, "misses": 0}

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            key = (args, tuple(kwargs.items()))   # f(b=1, c=2) and f(c=2, b=1) are different keys
            if key in cache:
                stats["hits"] += 1
                cache.move_to_end(key)
                return cache[key]
            stats["misses"] += 1
            cache[key] = func(*args, **kwargs)
            if len(cache) > maxsize:
                cache.popitem(last=False)
            return cache[key]

        wrapper.cache_info = lambda: {"hits": stats["hits"], "misses": stats["misses"], "size": len(cache), "maxsize": maxsize}
        return wrapper

    return decorator
