import numpy as np


def f1_macro_micro(y_true, y_pred):
    t, p = np.asarray(y_true), np.asarray(y_pred)
    classes = np.union1d(t, p)
    f1s, support = [], []
    for c in classes:
        tp = np.sum((t == c) & (p == c))
        fp = np.sum((t != c) & (p == c))
        fn = np.sum((t == c) & (p != c))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0)
        support.append(np.sum(t == c))
    # Support-weighted F1 reported as micro F1.
    return {"macro": float(np.mean(f1s)), "micro": float(np.average(f1s, weights=support))}
