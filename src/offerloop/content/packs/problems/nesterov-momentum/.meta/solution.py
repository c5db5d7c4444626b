import numpy as np


def nesterov_descent(A, b, x0, lr, beta, num_steps):
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    x = np.asarray(x0, dtype=float).copy()
    v = np.zeros_like(x)
    for _ in range(num_steps):
        g = A @ x - b
        v = beta * v + g
        x = x - lr * (g + beta * v)  # the look-ahead, expressed at the current point
    return x
