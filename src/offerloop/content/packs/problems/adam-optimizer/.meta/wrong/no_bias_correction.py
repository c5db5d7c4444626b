import numpy as np


def adam_minimize(A, b, x0, lr, num_steps):
    x = np.array(x0, dtype=float)
    m, v = np.zeros_like(x), np.zeros_like(x)
    for _ in range(num_steps):
        g = A @ x - b
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        x = x - lr * m / (np.sqrt(v) + 1e-8)  # raw moments
    return x
