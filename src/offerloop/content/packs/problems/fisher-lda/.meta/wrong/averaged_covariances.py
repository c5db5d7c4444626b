import numpy as np


def fisher_direction(X0, X1):
    mu0, mu1 = X0.mean(0), X1.mean(0)
    # Adds the two class covariances with equal weight, whatever the class sizes.
    S = np.cov(X0, rowvar=False, bias=True) + np.cov(X1, rowvar=False, bias=True)
    w = np.linalg.solve(np.atleast_2d(S), mu1 - mu0)
    w = w / np.linalg.norm(w)
    return w if w @ (mu1 - mu0) >= 0 else -w
