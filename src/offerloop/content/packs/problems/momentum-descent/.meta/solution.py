import numpy as np


def momentum_descent(A, b, x0, lr, beta, num_steps):
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    x = np.asarray(x0, dtype=float).copy()
    v = np.zeros_like(x)
    for _ in range(num_steps):
        g = A @ x - b
        v = beta * v + g
        x = x - lr * v
    return x
