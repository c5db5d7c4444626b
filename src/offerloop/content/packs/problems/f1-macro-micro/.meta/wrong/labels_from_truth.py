import numpy as np


def f1_macro_micro(y_true, y_pred):
    t, p = np.asarray(y_true), np.asarray(y_pred)
    f1s = []
    for c in np.unique(t):  # ignores classes that only appear in the predictions
        tp = np.sum((t == c) & (p == c))
        fp = np.sum((t != c) & (p == c))
        fn = np.sum((t == c) & (p != c))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0)
    return {"macro": float(np.mean(f1s)), "micro": float(np.mean(t == p))}
