import numpy as np


def top_k_accuracy(y_true, scores, k):
    # argsort is ascending: the first k are the lowest scores.
    top = np.argsort(scores, axis=1)[:, :k]
    return float(np.mean([y in row for y, row in zip(y_true, top)]))
