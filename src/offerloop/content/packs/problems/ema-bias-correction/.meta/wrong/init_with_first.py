import numpy as np


def ema(values, beta):
    out, v = [], values[0]  # starts from the first value and still corrects
    for t, x in enumerate(values, start=1):
        v = beta * v + (1 - beta) * x
        out.append(v / (1 - beta ** t))
    return np.array(out)
