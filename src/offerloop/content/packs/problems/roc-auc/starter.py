import numpy as np


def roc_auc(y_true, scores):
    """Area under the ROC curve; a tied positive/negative pair counts as half. Aim for O(n log n)."""
    raise NotImplementedError
