# Written differently: only comprehensions, via a set of (value, key) pairs.
def invert(mapping):
    pairs = {(v, k) for k, vs in mapping.items() for v in vs}
    values = sorted({v for v, _ in pairs})
    return {v: sorted(k for w, k in pairs if w == v) for v in values}
