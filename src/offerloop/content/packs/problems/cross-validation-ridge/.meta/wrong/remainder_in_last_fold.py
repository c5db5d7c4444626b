import numpy as np


def cross_val_mse(X, y, k, lam):
    n, d = X.shape
    size = n // k
    out = []
    for i in range(k):
        # Equal folds with the leftovers in the last one.
        te = np.arange(i * size, n if i == k - 1 else (i + 1) * size)
        tr = np.setdiff1d(np.arange(n), te)
        mean, std = X[tr].mean(axis=0), X[tr].std(axis=0)
        std = np.where(std == 0, 1.0, std)
        Ztr, Zte = (X[tr] - mean) / std, (X[te] - mean) / std
        ybar = y[tr].mean()
        w = np.linalg.solve(Ztr.T @ Ztr + lam * np.eye(d), Ztr.T @ (y[tr] - ybar))
        out.append(np.mean((Zte @ w + ybar - y[te]) ** 2))
    return np.array(out)
