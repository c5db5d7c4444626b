import functools
from collections import OrderedDict


def lru_cache(maxsize):
    if type(maxsize) is not int or maxsize < 1:
        raise ValueError("maxsize must be an int of at least 1")

    def decorator(func):
        cache = OrderedDict()
        stats = {"hits": 0, "misses": 0}

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            key = (args, tuple(sorted(kwargs.items())))
            if key in cache:
                stats["hits"] += 1
                cache.move_to_end(key)
                return cache[key]
            stats["misses"] += 1
            result = func(*args, **kwargs)
            cache[key] = result
            if len(cache) > maxsize:
                cache.popitem(last=False)
            return result

        def cache_info():
            return {"hits": stats["hits"], "misses": stats["misses"], "size": len(cache), "maxsize": maxsize}

        wrapper.cache_info = cache_info
        return wrapper

    return decorator
