# Written differently from the reference: a plain dict (insertion ordered) re-inserted on a hit,
# counters in nonlocal variables, frozenset keys for keyword arguments.
from functools import update_wrapper


def lru_cache(maxsize):
    if isinstance(maxsize, bool) or not isinstance(maxsize, int) or maxsize <= 0:
        raise ValueError(f"bad maxsize {maxsize!r}")

    def decorator(func):
        store = {}
        hits = misses = 0

        def wrapper(*args, **kwargs):
            nonlocal hits, misses
            key = (args, frozenset(kwargs.items()))
            if key in store:
                hits += 1
                value = store.pop(key)
                store[key] = value
                return value
            misses += 1
            value = func(*args, **kwargs)
            if len(store) == maxsize:
                del store[next(iter(store))]
            store[key] = value
            return value

        wrapper.cache_info = lambda: {"hits": hits, "misses": misses, "size": len(store), "maxsize": maxsize}
        return update_wrapper(wrapper, func)

    return decorator
