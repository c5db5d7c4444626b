import numpy as np


def top_k_accuracy(y_true, scores, k):
    S = np.asarray(scores)
    true = S[np.arange(len(y_true)), y_true]
    # Counts the true class itself and every tie as "at least as high".
    at_least = (S >= true[:, None]).sum(axis=1)
    return float(np.mean(at_least <= k))
