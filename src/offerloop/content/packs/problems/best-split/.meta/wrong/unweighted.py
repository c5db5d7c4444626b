import numpy as np


def best_split(x, y):
    xs = np.unique(x)
    best = None
    for a, b in zip(xs[:-1], xs[1:]):
        t = (a + b) / 2
        def g(s):
            return 1 - np.sum((np.unique(s, return_counts=True)[1] / len(s)) ** 2)
        imp = (g(y[x <= t]) + g(y[x > t])) / 2  # not weighted by side sizes
        if best is None or imp < best[1]:
            best = (float(t), float(imp))
    return best
