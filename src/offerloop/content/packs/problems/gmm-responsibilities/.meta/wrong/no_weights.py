import numpy as np


def gmm_responsibilities(X, weights, means, covs):
    d = X.shape[1]
    cols = []
    for mu, cov in zip(means, covs):  # forgets the mixing weights
        R = X - mu
        q = np.sum(R * np.linalg.solve(cov, R.T).T, axis=1)
        cols.append(-0.5 * (d * np.log(2 * np.pi) + np.log(np.linalg.det(cov)) + q))
    L = np.stack(cols, axis=1)
    E = np.exp(L - L.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)
