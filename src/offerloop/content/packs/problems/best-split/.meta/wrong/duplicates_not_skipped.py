import numpy as np


def best_split(x, y):
    order = np.argsort(x, kind="stable")
    xs, ys = x[order], y[order]
    best = None
    # Splits between every pair of positions, even equal values (a partition x <= t cannot make).
    for i in range(len(xs) - 1):
        left, right = ys[:i + 1], ys[i + 1:]
        def g(s):
            return 1 - np.sum((np.unique(s, return_counts=True)[1] / len(s)) ** 2)
        imp = (len(left) * g(left) + len(right) * g(right)) / len(ys)
        if best is None or imp < best[1]:
            best = (float((xs[i] + xs[i + 1]) / 2), float(imp))
    return best
