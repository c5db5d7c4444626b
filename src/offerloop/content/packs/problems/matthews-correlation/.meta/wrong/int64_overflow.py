import numpy as np


def mcc(y_true, y_pred):
    t, p = np.asarray(y_true) == 1, np.asarray(y_pred) == 1
    tp, tn = np.sum(t & p), np.sum(~t & ~p)
    fp, fn = np.sum(~t & p), np.sum(t & ~p)
    # numpy int64 products wrap around for large n.
    denom = (tp + fp) * (tp + fn) * (tn + fp) * (tn + fn)
    if denom == 0:
        return 0.0
    with np.errstate(all="ignore"):
        return float((tp * tn - fp * fn) / np.sqrt(denom))
