import numpy as np


def activation_grad(x, kind, alpha=0.01):
    x = np.asarray(x, dtype=float)
    if kind == "sigmoid":
        z = np.exp(-np.abs(x))
        s = np.where(x >= 0, 1.0 / (1.0 + z), z / (1.0 + z))
        return s * (1.0 - s)
    if kind == "tanh":
        return 1.0 - np.tanh(x) ** 2
    if kind == "relu":
        return (x > 0).astype(float)
    if kind == "leaky_relu":
        return np.where(x > 0, 1.0, alpha)
    raise ValueError(f"unknown activation {kind!r}")
