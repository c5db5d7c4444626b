import numpy as np


def multinomial_nb_log_proba(X_train, y_train, X_test, alpha=1.0):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    y_train = np.asarray(y_train)
    classes = np.unique(y_train)
    V = X_train.shape[1]
    counts = np.stack([X_train[y_train == c].sum(axis=0) for c in classes])
    log_theta = np.log(counts + alpha) - np.log(counts.sum(axis=1, keepdims=True) + alpha * V)
    log_prior = np.log(np.array([np.mean(y_train == c) for c in classes]))
    joint = log_prior + X_test @ log_theta.T
    top = joint.max(axis=1, keepdims=True)  # log-sum-exp: joints can be around -10,000
    return joint - (top + np.log(np.exp(joint - top).sum(axis=1, keepdims=True)))
