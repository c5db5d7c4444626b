import numpy as np


def confusion_matrix(y_true, y_pred, labels=None):
    y_true, y_pred = list(y_true), list(y_pred)
    if labels is None:
        labels = sorted(set(y_true) | set(y_pred))
    index = {lab: i for i, lab in enumerate(labels)}
    M = np.zeros((len(labels), len(labels)), dtype=int)
    for t, p in zip(y_true, y_pred):
        if t in index and p in index:  # labels outside the given set are not counted
            M[index[t], index[p]] += 1
    return M
