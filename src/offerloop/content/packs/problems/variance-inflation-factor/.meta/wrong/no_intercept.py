import numpy as np


def vif(X):
    n, d = X.shape
    out = []
    for j in range(d):
        A = np.delete(X, j, axis=1)  # no intercept in the auxiliary regression
        t = X[:, j]
        r = t - A @ np.linalg.lstsq(A, t, rcond=None)[0]
        out.append(1 / (r @ r / np.sum((t - t.mean()) ** 2)))
    return np.array(out)
