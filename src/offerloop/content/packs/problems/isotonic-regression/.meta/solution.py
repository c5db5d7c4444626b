import numpy as np


def isotonic_regression(y, w=None):
    y = np.asarray(y, dtype=float)
    w = np.ones(len(y)) if w is None else np.asarray(w, dtype=float)
    means, weights, lengths = [], [], []
    for yi, wi in zip(y, w):
        means.append(yi)
        weights.append(wi)
        lengths.append(1)
        while len(means) > 1 and means[-2] > means[-1]:  # pool until the order holds again
            m2, w2, l2 = means.pop(), weights.pop(), lengths.pop()
            m1, w1, l1 = means.pop(), weights.pop(), lengths.pop()
            means.append((w1 * m1 + w2 * m2) / (w1 + w2))
            weights.append(w1 + w2)
            lengths.append(l1 + l2)
    return np.repeat(np.array(means), lengths)
