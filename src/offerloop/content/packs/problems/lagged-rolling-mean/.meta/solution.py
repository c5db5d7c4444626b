import math
from collections import deque


def lagged_rolling_mean(entities, values, window):
    history = {}
    out = []
    for e, v in zip(entities, values):
        h = history.setdefault(e, deque(maxlen=window))
        out.append(sum(h) / len(h) if h else math.nan)
        h.append(float(v))
    return out
