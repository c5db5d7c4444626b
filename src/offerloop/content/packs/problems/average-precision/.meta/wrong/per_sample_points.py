import numpy as np


def average_precision(y_true, scores):
    y = np.asarray(y_true)[np.argsort(-np.asarray(scores, dtype=float), kind="stable")]
    # Mean precision at each positive's rank: ignores ties.
    ranks = np.flatnonzero(y) + 1
    return float(np.mean(np.arange(1, len(ranks) + 1) / ranks))
