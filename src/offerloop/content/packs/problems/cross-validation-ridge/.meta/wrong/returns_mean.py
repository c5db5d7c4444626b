import numpy as np


def cross_val_mse(X, y, k, lam):
    n, d = X.shape
    q, r = divmod(n, k)
    out, start = [], 0
    for i in range(k):
        stop = start + q + (i < r)
        te = np.arange(start, stop)
        tr = np.r_[np.arange(start), np.arange(stop, n)]
        start = stop
        mean, std = X[tr].mean(axis=0), X[tr].std(axis=0)
        std = np.where(std == 0, 1.0, std)
        Ztr, Zte = (X[tr] - mean) / std, (X[te] - mean) / std
        ybar = y[tr].mean()
        w = np.linalg.solve(Ztr.T @ Ztr + lam * np.eye(d), Ztr.T @ (y[tr] - ybar))
        out.append(np.mean((Zte @ w + ybar - y[te]) ** 2))
    return float(np.mean(out))  # one number instead of the per-fold scores
