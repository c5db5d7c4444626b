import numpy as np


def top_k_accuracy(y_true, scores, k):
    S = np.asarray(scores)
    true = S[np.arange(len(y_true)), y_true]
    higher = (S > true[:, None]).sum(axis=1)
    return float(np.mean(higher <= k))  # lets k classes above it still count
