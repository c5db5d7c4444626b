import numpy as np


def threshold_report(y_true, scores, threshold):
    y = np.asarray(y_true) == 1
    p = np.asarray(scores) >= threshold
    tn, fp, fn, tp = int(np.sum(~y & ~p)), int(np.sum(~y & p)), int(np.sum(y & ~p)), int(np.sum(y & p))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn)
    # The arithmetic mean instead of the harmonic mean.
    return {"tn": tn, "fp": fp, "fn": fn, "tp": tp, "precision": precision, "recall": recall, "f1": (precision + recall) / 2}
