import numpy as np


def expected_calibration_error(y_true, probs, n_bins=10):
    y = np.asarray(y_true, dtype=float)
    p = np.asarray(probs, dtype=float)
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    idx = np.digitize(p, edges[1:-1], right=True)  # right-closed bins; p = 0 lands in bin 0
    count = np.bincount(idx, minlength=n_bins)
    sum_p = np.bincount(idx, weights=p, minlength=n_bins)
    sum_y = np.bincount(idx, weights=y, minlength=n_bins)
    full = count > 0
    gaps = np.abs(sum_y[full] / count[full] - sum_p[full] / count[full])
    return float(np.sum(count[full] / len(p) * gaps))
