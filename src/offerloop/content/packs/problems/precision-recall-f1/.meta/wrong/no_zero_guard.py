import numpy as np


def precision_recall_f1(y_true, y_pred):
    t, p = np.asarray(y_true), np.asarray(y_pred)
    tp = np.sum((t == 1) & (p == 1))
    fp = np.sum((t == 0) & (p == 1))
    fn = np.sum((t == 1) & (p == 0))
    # numpy division: 0/0 becomes NaN instead of 0.0.
    with np.errstate(all="ignore"):
        precision = tp / (tp + fp)
        recall = tp / (tp + fn)
        f1 = 2 * precision * recall / (precision + recall)
    return float(precision), float(recall), float(f1)
