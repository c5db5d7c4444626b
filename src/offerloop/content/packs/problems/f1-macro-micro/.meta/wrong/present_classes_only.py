import numpy as np


def f1_macro_micro(y_true, y_pred):
    t, p = np.asarray(y_true), np.asarray(y_pred)
    f1s = []
    for c in np.union1d(t, p):
        tp = np.sum((t == c) & (p == c))
        fp = np.sum((t != c) & (p == c))
        fn = np.sum((t == c) & (p != c))
        if tp:  # skips classes with F1 = 0 instead of averaging them in
            f1s.append(2 * tp / (2 * tp + fp + fn))
    return {"macro": float(np.mean(f1s)) if f1s else 0.0, "micro": float(np.mean(t == p))}
