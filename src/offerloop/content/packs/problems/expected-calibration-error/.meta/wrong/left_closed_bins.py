import numpy as np


def expected_calibration_error(y_true, probs, n_bins=10):
    y, p = np.asarray(y_true, dtype=float), np.asarray(probs, dtype=float)
    idx = np.minimum((p * n_bins).astype(int), n_bins - 1)  # [a, b) bins: edge values move up
    ece = 0.0
    for b in range(n_bins):
        m = idx == b
        if m.any():
            ece += m.mean() * abs(y[m].mean() - p[m].mean())
    return float(ece)
