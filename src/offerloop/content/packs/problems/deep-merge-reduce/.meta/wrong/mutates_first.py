from functools import reduce


def _merge(a, b):
    for key, value in b.items():   # writes into a, which is the caller's first dict
        if isinstance(a.get(key), dict) and isinstance(value, dict):
            a[key] = _merge(a[key], value)
        else:
            a[key] = value
    return a


def merge_all(*configs):
    if not configs:
        return {}
    return reduce(_merge, configs)
