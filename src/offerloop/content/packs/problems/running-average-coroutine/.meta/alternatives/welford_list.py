# Written differently: keeps the values in a list and uses the incremental mean update
# (different float rounding from total / count; the problem compares with a tolerance).
def averager():
    seen = []
    mean = None
    value = yield None
    while value is not None:
        seen.append(value)
        mean = float(value) if mean is None else mean + (value - mean) / len(seen)
        value = yield mean
    return (len(seen), mean)
