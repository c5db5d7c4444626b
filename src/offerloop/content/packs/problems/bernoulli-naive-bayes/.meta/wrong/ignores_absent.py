import numpy as np


def bernoulli_nb_log_joint(X_train, y_train, X_test, alpha=1.0):
    classes = np.unique(y_train)
    counts = np.array([(y_train == c).sum() for c in classes], dtype=float)
    p = np.stack([(X_train[y_train == c].sum(0) + alpha) / ((y_train == c).sum() + 2 * alpha) for c in classes])
    return np.log(counts / counts.sum()) + X_test @ np.log(p).T  # absent features ignored (multinomial style)
