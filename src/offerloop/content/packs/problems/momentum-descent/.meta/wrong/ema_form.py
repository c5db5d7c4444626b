import numpy as np


def momentum_descent(A, b, x0, lr, beta, num_steps):
    # The EMA form scales the gradient by (1 - beta): a different algorithm.
    x, v = np.array(x0, dtype=float), np.zeros(len(x0))
    for _ in range(num_steps):
        v = beta * v + (1 - beta) * (A @ x - b)
        x = x - lr * v
    return x
