import numpy as np


def forest_vote(predictions):
    P = np.asarray(predictions)
    # Votes along the samples for each tree instead of along the trees for each sample.
    return np.array([np.bincount(row).argmax() for row in P])
