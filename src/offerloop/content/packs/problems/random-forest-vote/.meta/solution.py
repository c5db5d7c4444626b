import numpy as np


def forest_vote(predictions):
    P = np.asarray(predictions, dtype=int)
    k = int(P.max()) + 1
    counts = np.stack([(P == c).sum(axis=0) for c in range(k)])  # (k, n_samples)
    return counts.argmax(axis=0)  # first maximum = smallest tied label
