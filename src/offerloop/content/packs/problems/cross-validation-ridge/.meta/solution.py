import numpy as np


def cross_val_mse(X, y, k, lam):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    q, r = divmod(n, k)
    scores, start = [], 0
    for i in range(k):
        stop = start + q + (1 if i < r else 0)
        test = np.arange(start, stop)
        train = np.r_[np.arange(0, start), np.arange(stop, n)]
        start = stop
        # Everything fitted below sees the training rows only.
        mean = X[train].mean(axis=0)
        std = X[train].std(axis=0)
        std = np.where(std == 0, 1.0, std)
        Ztr, Zte = (X[train] - mean) / std, (X[test] - mean) / std
        ybar = y[train].mean()
        w = np.linalg.solve(Ztr.T @ Ztr + lam * np.eye(d), Ztr.T @ (y[train] - ybar))
        scores.append(np.mean((Zte @ w + ybar - y[test]) ** 2))
    return np.array(scores)
