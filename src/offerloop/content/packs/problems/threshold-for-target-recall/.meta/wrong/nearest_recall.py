import numpy as np
from sklearn.metrics import precision_recall_curve


def threshold_for_recall(y_true, scores, target_recall):
    # The threshold whose recall is closest to the target, which may fall short of it.
    precision, recall, thresholds = precision_recall_curve(y_true, scores)
    i = int(np.argmin(np.abs(recall[:-1] - target_recall)))
    return {"threshold": float(thresholds[i]), "precision": float(precision[i]), "recall": float(recall[i])}
