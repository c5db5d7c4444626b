import numpy as np


def multinomial_nb_log_proba(X_train, y_train, X_test, alpha=1.0):
    classes = np.unique(y_train)
    counts = np.stack([X_train[y_train == c].sum(axis=0) for c in classes]).astype(float)
    # Maximum likelihood: unseen words get probability 0.
    with np.errstate(divide="ignore", invalid="ignore"):
        log_theta = np.log(counts / counts.sum(axis=1, keepdims=True))
        joint = np.log([np.mean(y_train == c) for c in classes]) + X_test @ log_theta.T
        top = joint.max(axis=1, keepdims=True)
        return joint - (top + np.log(np.exp(joint - top).sum(axis=1, keepdims=True)))
