import numpy as np


def best_split(x, y):
    # Uses the sample values themselves as thresholds instead of midpoints.
    best = None
    for t in np.unique(x)[:-1]:
        left, right = y[x <= t], y[x > t]
        def g(s):
            return 1 - np.sum((np.unique(s, return_counts=True)[1] / len(s)) ** 2)
        imp = (len(left) * g(left) + len(right) * g(right)) / len(y)
        if best is None or imp < best[1]:
            best = (float(t), float(imp))
    return best
