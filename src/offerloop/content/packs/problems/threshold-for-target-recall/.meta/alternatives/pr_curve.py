import numpy as np
from sklearn.metrics import precision_recall_curve


def threshold_for_recall(y_true, scores, target_recall):
    precision, recall, thresholds = precision_recall_curve(y_true, scores)
    ok = np.flatnonzero(recall[:-1] >= target_recall)  # the last point (recall 0) has no threshold
    i = ok[np.argmax(thresholds[ok])]
    return {"threshold": float(thresholds[i]), "precision": float(precision[i]), "recall": float(recall[i])}
