import numpy as np


def gmm_responsibilities(X, weights, means, covs):
    X = np.asarray(X, dtype=float)
    n, d = X.shape
    cols = []
    for w, mu, cov in zip(weights, means, covs):
        L = np.linalg.cholesky(np.asarray(cov, dtype=float))
        Z = np.linalg.solve(L, (X - mu).T)
        log_det = 2.0 * np.sum(np.log(np.diag(L)))
        cols.append(np.log(w) - 0.5 * (d * np.log(2 * np.pi) + log_det + np.sum(Z * Z, axis=0)))
    log_r = np.stack(cols, axis=1)
    log_r -= log_r.max(axis=1, keepdims=True)  # log-sum-exp: far samples would underflow to 0/0
    r = np.exp(log_r)
    return r / r.sum(axis=1, keepdims=True)
