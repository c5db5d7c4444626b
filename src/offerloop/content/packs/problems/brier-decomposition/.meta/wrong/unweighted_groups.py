import numpy as np


def brier_decomposition(y_true, probs):
    y = np.asarray(y_true, dtype=float)
    p = np.asarray(probs, dtype=float)
    values, group, counts = np.unique(p, return_inverse=True, return_counts=True)
    observed = np.bincount(group, weights=y) / counts
    o = y.mean()
    # Averages over groups, ignoring how many rows each holds.
    return {"brier": float(np.mean((p - y) ** 2)), "reliability": float(np.mean((values - observed) ** 2)),
            "resolution": float(np.mean((observed - o) ** 2)), "uncertainty": float(o * (1 - o))}
