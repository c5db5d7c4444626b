import numpy as np


def fisher_direction(X0, X1):
    X0 = np.asarray(X0, dtype=float)
    X1 = np.asarray(X1, dtype=float)
    mu0, mu1 = X0.mean(axis=0), X1.mean(axis=0)
    C0, C1 = X0 - mu0, X1 - mu1
    S_w = C0.T @ C0 + C1.T @ C1
    w = np.linalg.solve(S_w, mu1 - mu0)
    w /= np.linalg.norm(w)
    return w if w @ (mu1 - mu0) >= 0 else -w
