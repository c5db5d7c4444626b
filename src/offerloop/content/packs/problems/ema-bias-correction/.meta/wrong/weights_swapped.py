import numpy as np


def ema(values, beta):
    out, v = [], 0.0
    for t, x in enumerate(values, start=1):
        v = (1 - beta) * v + beta * x  # beta on the new value
        out.append(v / (1 - beta ** t))
    return np.array(out)
