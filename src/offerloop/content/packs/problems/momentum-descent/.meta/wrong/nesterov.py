import numpy as np


def momentum_descent(A, b, x0, lr, beta, num_steps):
    # Nesterov's look-ahead gradient instead of the heavy ball.
    x, v = np.array(x0, dtype=float), np.zeros(len(x0))
    for _ in range(num_steps):
        g = A @ (x - lr * beta * v) - b
        v = beta * v + g
        x = x - lr * v
    return x
