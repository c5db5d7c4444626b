from functools import reduce


def _copy(value):
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    return value


def _merge(a, b):
    out = _copy(a)
    for key, value in b.items():
        if isinstance(out.get(key), dict) and isinstance(value, dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = _copy(value)
    return out


def merge_all(*configs):
    return reduce(_merge, configs, {})
