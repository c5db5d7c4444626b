import numpy as np


def threshold_report(y_true, scores, threshold):
    """{"tn", "fp", "fn", "tp", "precision", "recall", "f1"} when predicting 1 for score >= threshold."""
    raise NotImplementedError
