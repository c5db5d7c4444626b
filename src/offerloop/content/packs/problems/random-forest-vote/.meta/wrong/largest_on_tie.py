import numpy as np


def forest_vote(predictions):
    P = np.asarray(predictions)
    counts = np.stack([(P == c).sum(axis=0) for c in range(P.max() + 1)])
    # argmax of the reversed counts returns the largest tied label.
    return counts.shape[0] - 1 - counts[::-1].argmax(axis=0)
