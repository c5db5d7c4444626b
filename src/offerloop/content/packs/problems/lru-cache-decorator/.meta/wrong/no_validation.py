import functools
from collections import OrderedDict


def lru_cache(maxsize):
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
            while len(cache) > max(maxsize, 0):
                cache.popitem(last=False)
            return result

        wrapper.cache_info = lambda: {"hits": stats["hits"], "misses": stats["misses"], "size": len(cache), "maxsize": maxsize}
        return wrapper

    return decorator
