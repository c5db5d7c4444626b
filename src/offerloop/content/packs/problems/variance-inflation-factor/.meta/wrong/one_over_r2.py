import numpy as np


def vif(X):
    n, d = X.shape
    out = []
    for j in range(d):
        A = np.column_stack([np.ones(n), np.delete(X, j, axis=1)])
        t = X[:, j]
        r = t - A @ np.linalg.lstsq(A, t, rcond=None)[0]
        r2 = 1 - r @ r / np.sum((t - t.mean()) ** 2)
        out.append(1 / r2)  # 1 / R^2 instead of 1 / (1 - R^2)
    return np.array(out)
