import numpy as np


def cross_val_mse(X, y, k, lam):
    # Leak: standardises the whole dataset once, before splitting.
    std = X.std(axis=0)
    Z = (X - X.mean(axis=0)) / np.where(std == 0, 1.0, std)
    n, d = X.shape
    q, r = divmod(n, k)
    out, start = [], 0
    for i in range(k):
        stop = start + q + (i < r)
        te = np.arange(start, stop)
        tr = np.r_[np.arange(start), np.arange(stop, n)]
        start = stop
        ybar = y[tr].mean()
        Zc = Z[tr] - Z[tr].mean(axis=0)
        w = np.linalg.solve(Zc.T @ Zc + lam * np.eye(d), Zc.T @ (y[tr] - ybar))
        out.append(np.mean(((Z[te] - Z[tr].mean(axis=0)) @ w + ybar - y[te]) ** 2))
    return np.array(out)
