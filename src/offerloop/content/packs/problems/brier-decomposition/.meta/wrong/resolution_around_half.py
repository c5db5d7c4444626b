import numpy as np


def brier_decomposition(y_true, probs):
    y = np.asarray(y_true, dtype=float)
    p = np.asarray(probs, dtype=float)
    n = len(y)
    values, group, counts = np.unique(p, return_inverse=True, return_counts=True)
    observed = np.bincount(group, weights=y) / counts
    o = y.mean()
    # Resolution measured from 0.5 instead of the base rate.
    return {"brier": float(np.mean((p - y) ** 2)), "reliability": float(np.sum(counts * (values - observed) ** 2) / n),
            "resolution": float(np.sum(counts * (observed - 0.5) ** 2) / n), "uncertainty": float(o * (1 - o))}
