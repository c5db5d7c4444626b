import numpy as np


def ema(values, beta):
    out, v = [], 0.0
    for t, x in enumerate(values, start=1):
        v = (beta * v + (1 - beta) * x) / (1 - beta ** t)  # feeds the corrected value back
        out.append(v)
    return np.array(out)
