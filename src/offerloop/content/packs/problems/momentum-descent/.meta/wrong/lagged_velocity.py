import numpy as np


def momentum_descent(A, b, x0, lr, beta, num_steps):
    # Moves with the old velocity, then updates it: the first step does nothing.
    x, v = np.array(x0, dtype=float), np.zeros(len(x0))
    for _ in range(num_steps):
        x = x - lr * v
        v = beta * v + (A @ x - b)
    return x
