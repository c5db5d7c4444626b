import numpy as np


def f1_macro_micro(y_true, y_pred):
    t, p = np.asarray(y_true), np.asarray(y_pred)
    classes = np.union1d(t, p)
    P, R = [], []
    for c in classes:
        tp = np.sum((t == c) & (p == c))
        P.append(tp / np.sum(p == c) if np.sum(p == c) else 0.0)
        R.append(tp / np.sum(t == c) if np.sum(t == c) else 0.0)
    mp, mr = np.mean(P), np.mean(R)
    # The F1 of the averaged precision and recall, not the average of the F1 values.
    macro = 2 * mp * mr / (mp + mr) if mp + mr else 0.0
    return {"macro": float(macro), "micro": float(np.mean(t == p))}
