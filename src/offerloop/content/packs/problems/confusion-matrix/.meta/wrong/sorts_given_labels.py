import numpy as np


def confusion_matrix(y_true, y_pred, labels=None):
    # Sorts the labels even when the caller chose an order.
    labels = sorted(labels) if labels is not None else sorted(set(y_true) | set(y_pred))
    idx = {lab: i for i, lab in enumerate(labels)}
    M = np.zeros((len(labels), len(labels)), dtype=int)
    for t, p in zip(y_true, y_pred):
        if t in idx and p in idx:
            M[idx[t], idx[p]] += 1
    return M
