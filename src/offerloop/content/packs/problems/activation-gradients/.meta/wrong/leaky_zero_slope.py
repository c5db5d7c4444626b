import numpy as np


def activation_grad(x, kind, alpha=0.01):
    # Treats leaky ReLU's negative side like ReLU's (gradient 0).
    if kind == "sigmoid":
        s = 0.5 * (1 + np.tanh(x / 2))
        return s * (1 - s)
    if kind == "tanh":
        return 1.0 - np.tanh(x) ** 2
    return (x > 0).astype(float)
