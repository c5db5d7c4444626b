import numpy as np


def momentum_descent(A, b, x0, lr, beta, num_steps):
    # Gets the gradient of f wrong: b - A x (the negative gradient) added to the velocity.
    x, v = np.array(x0, dtype=float), np.zeros(len(x0))
    for _ in range(num_steps):
        v = beta * v + (b - A @ x)
        x = x + lr * v * beta
    return x
