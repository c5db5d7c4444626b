import numpy as np


def expected_calibration_error(y_true, probs, n_bins=10):
    y, p = np.asarray(y_true, dtype=float), np.asarray(probs, dtype=float)
    idx = np.digitize(p, np.linspace(0, 1, n_bins + 1)[1:-1], right=True)
    gaps = [abs(y[idx == b].mean() - p[idx == b].mean()) for b in range(n_bins) if np.any(idx == b)]
    return float(np.mean(gaps))  # every non-empty bin counts the same
