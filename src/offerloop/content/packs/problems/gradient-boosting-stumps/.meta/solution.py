import numpy as np


def _stump(xs, r_sorted):
    """Best least-squares stump on sorted x: (threshold or None, left value, right value)."""
    n = len(xs)
    total, total_sq = r_sorted.sum(), (r_sorted ** 2).sum()
    prefix = np.cumsum(r_sorted)
    best = None
    for i in range(n - 1):
        if xs[i] == xs[i + 1]:
            continue
        nl, nr = i + 1, n - i - 1
        sl, sr = prefix[i], total - prefix[i]
        sse = total_sq - sl * sl / nl - sr * sr / nr
        if best is None or sse < best[0] - 1e-12:  # the smallest threshold wins ties
            best = (sse, (xs[i] + xs[i + 1]) / 2.0, sl / nl, sr / nr)
    if best is None:
        m = total / n
        return None, m, m
    return best[1], best[2], best[3]


def gradient_boost_stumps(x, y, n_rounds, lr):
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    order = np.argsort(x, kind="stable")
    xs = x[order]
    F = np.full(len(y), y.mean())
    for _ in range(n_rounds):
        r = y - F  # the negative gradient of the squared error
        t, left, right = _stump(xs, r[order])
        F = F + lr * (np.where(x <= t, left, right) if t is not None else left)
    return F
