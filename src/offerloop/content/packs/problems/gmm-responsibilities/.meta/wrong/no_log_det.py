import numpy as np


def gmm_responsibilities(X, weights, means, covs):
    cols = []
    for w, mu, cov in zip(weights, means, covs):
        R = X - mu
        q = np.sum(R * np.linalg.solve(cov, R.T).T, axis=1)
        cols.append(np.log(w) - 0.5 * q)  # drops the normalising determinant
    L = np.stack(cols, axis=1)
    E = np.exp(L - L.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)
