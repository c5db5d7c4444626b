import numpy as np
from itertools import combinations


def adjusted_rand_index(labels_true, labels_pred):
    pairs = list(combinations(range(len(labels_true)), 2))
    if not pairs:
        return 1.0
    agree = sum((labels_true[i] == labels_true[j]) == (labels_pred[i] == labels_pred[j]) for i, j in pairs)
    return agree / len(pairs)  # the unadjusted Rand index
