import numpy as np


def pca(X, n_components):
    Xc = X - X.mean(axis=0)
    _, S, Vt = np.linalg.svd(Xc, full_matrices=False)
    # Returns whatever signs LAPACK produced.
    comps = Vt[:n_components]
    return comps, Xc @ comps.T, S[:n_components] ** 2 / np.sum(S ** 2)
