import numpy as np


def pca(X, n_components):
    # Eigen-decomposition of the scatter matrix instead of an SVD; signs fixed with argsort.
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)
    vals, vecs = np.linalg.eigh(Xc.T @ Xc)
    order = np.argsort(vals)[::-1][:n_components]
    comps = vecs[:, order].T.copy()
    for row in comps:
        biggest = np.argsort(np.abs(row))[-1]
        if row[biggest] < 0:
            row *= -1.0
    ratio = np.clip(vals[order], 0.0, None) / np.clip(vals, 0.0, None).sum()
    return comps, Xc @ comps.T, ratio
