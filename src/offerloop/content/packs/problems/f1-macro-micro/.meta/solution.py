import numpy as np


def f1_macro_micro(y_true, y_pred):
    t = np.asarray(y_true)
    p = np.asarray(y_pred)
    classes = np.union1d(t, p)
    f1s, TP, FP, FN = [], 0, 0, 0
    for c in classes:
        tp = int(np.sum((t == c) & (p == c)))
        fp = int(np.sum((t != c) & (p == c)))
        fn = int(np.sum((t == c) & (p != c)))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
        TP, FP, FN = TP + tp, FP + fp, FN + fn
    micro = 2 * TP / (2 * TP + FP + FN) if TP + FP + FN else 0.0
    return {"macro": float(np.mean(f1s)), "micro": float(micro)}
