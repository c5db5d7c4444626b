from functools import reduce


def _merge(a, b):
    out = dict(a)   # top level copied; nested dicts are still the arguments' own
    for key, value in b.items():
        if isinstance(out.get(key), dict) and isinstance(value, dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def merge_all(*configs):
    return reduce(_merge, configs, {})
