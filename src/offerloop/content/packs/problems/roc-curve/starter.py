import numpy as np


def roc_curve(y_true, scores):
    """(fpr, tpr, thresholds) with thresholds = [inf] + distinct scores in decreasing order; positive when score >= t."""
    raise NotImplementedError
