import numpy as np


def nesterov_descent(A, b, x0, lr, beta, num_steps):
    x, v = np.array(x0, dtype=float), np.zeros(len(x0))
    for _ in range(num_steps):
        g = A @ x - b
        x = x - lr * (g + beta * v)  # uses the previous velocity
        v = beta * v + g
    return x
