import numpy as np


def roc_auc(y_true, scores):
    # Ordinal ranks from argsort: tied scores get arbitrary distinct ranks instead of their average.
    y = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    ranks = np.empty(len(s))
    ranks[np.argsort(s)] = np.arange(1, len(s) + 1)
    n_pos = y.sum()
    n_neg = len(s) - n_pos
    return float((ranks[y].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
