import numpy as np


def fisher_direction(X0, X1):
    mu0, mu1 = X0.mean(0), X1.mean(0)
    S = (X0 - mu0).T @ (X0 - mu0) + (X1 - mu1).T @ (X1 - mu1)
    w = np.linalg.solve(S, mu0 - mu1)  # points toward class 0
    return w / np.linalg.norm(w)
