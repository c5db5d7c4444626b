import numpy as np
from sklearn.metrics import f1_score, precision_score, recall_score


def threshold_report(y_true, scores, threshold):
    # Counts by boolean masks, ratios from scikit-learn's metric functions.
    y = np.asarray(y_true) == 1
    p = np.asarray(scores) >= threshold
    counts = {"tn": int(np.sum(~y & ~p)), "fp": int(np.sum(~y & p)), "fn": int(np.sum(y & ~p)), "tp": int(np.sum(y & p))}
    pred = p.astype(int)
    counts["precision"] = float(precision_score(y_true, pred, zero_division=0))
    counts["recall"] = float(recall_score(y_true, pred))
    counts["f1"] = float(f1_score(y_true, pred, zero_division=0))
    return counts
