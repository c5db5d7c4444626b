import numpy as np


def ema(values, beta):
    out = np.empty(len(values))
    v = 0.0
    for t, x in enumerate(values, start=1):
        v = beta * v + (1 - beta) * float(x)
        out[t - 1] = v / (1 - beta ** t)  # the raw v carries on; only the output is corrected
    return out
