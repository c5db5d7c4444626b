import numpy as np


def pca(X, n_components):
    # SVD of the raw data: the first direction chases the mean.
    _, S, Vt = np.linalg.svd(X, full_matrices=False)
    comps = Vt[:n_components].copy()
    idx = np.argmax(np.abs(comps), axis=1)
    comps *= np.sign(comps[np.arange(n_components), idx])[:, None]
    return comps, X @ comps.T, S[:n_components] ** 2 / np.sum(S ** 2)
