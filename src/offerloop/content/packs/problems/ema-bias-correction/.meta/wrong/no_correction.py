import numpy as np


def ema(values, beta):
    out, v = [], 0.0
    for x in values:
        v = beta * v + (1 - beta) * x
        out.append(v)  # biased toward 0 at the start
    return np.array(out)
