import numpy as np


def best_split(x, y):
    xs = np.unique(x)
    best = None
    for a, b in zip(xs[:-1], xs[1:]):
        t = (a + b) / 2
        left, right = y[x <= t], y[x > t]
        def g(s):
            return 1 - np.sum((np.unique(s, return_counts=True)[1] / len(s)) ** 2)
        imp = (len(left) * g(left) + len(right) * g(right)) / len(y)
        if best is None or imp <= best[1]:  # <= lets later (larger) thresholds win ties
            best = (float(t), float(imp))
    return best
