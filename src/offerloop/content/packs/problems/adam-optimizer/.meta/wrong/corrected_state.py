import numpy as np


def adam_minimize(A, b, x0, lr, num_steps):
    x = np.array(x0, dtype=float)
    m, v = np.zeros_like(x), np.zeros_like(x)
    for t in range(1, num_steps + 1):
        g = A @ x - b
        # Overwrites the state with the corrected moments.
        m = (0.9 * m + 0.1 * g) / (1 - 0.9 ** t)
        v = (0.999 * v + 0.001 * g * g) / (1 - 0.999 ** t)
        x = x - lr * m / (np.sqrt(v) + 1e-8)
    return x
