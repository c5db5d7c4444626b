import numpy as np


def top_k_accuracy(y_true, scores, k):
    S = np.asarray(scores, dtype=float)
    y = np.asarray(y_true, dtype=int)
    true = S[np.arange(len(y)), y]
    higher = (S > true[:, None]).sum(axis=1)  # ties never count against the true class
    return float(np.mean(higher < k))
