import numpy as np


def pca(X, n_components):
    Xc = X - X.mean(axis=0)
    _, S, Vt = np.linalg.svd(Xc, full_matrices=False)
    # Takes columns of Vt instead of rows.
    comps = Vt[:, :n_components].T.copy()
    idx = np.argmax(np.abs(comps), axis=1)
    comps *= np.sign(comps[np.arange(n_components), idx])[:, None]
    return comps, Xc @ comps.T, S[:n_components] ** 2 / np.sum(S ** 2)
