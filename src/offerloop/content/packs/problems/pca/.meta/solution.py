import numpy as np


def pca(X, n_components):
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)
    _, S, Vt = np.linalg.svd(Xc, full_matrices=False)
    comps = Vt[:n_components].copy()
    # Sign convention: the entry of largest absolute value in each component is positive.
    pivots = comps[np.arange(n_components), np.argmax(np.abs(comps), axis=1)]
    comps *= np.where(pivots < 0, -1.0, 1.0)[:, None]
    ratio = S[:n_components] ** 2 / np.sum(S ** 2)
    return comps, Xc @ comps.T, ratio
