import numpy as np


def adam_minimize(A, b, x0, lr, num_steps):
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    x = np.asarray(x0, dtype=float).copy()
    m = np.zeros_like(x)
    v = np.zeros_like(x)
    for t in range(1, num_steps + 1):
        g = A @ x - b
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g * g
        x = x - lr * (m / (1 - beta1 ** t)) / (np.sqrt(v / (1 - beta2 ** t)) + eps)
    return x
