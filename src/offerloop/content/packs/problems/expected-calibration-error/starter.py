import numpy as np


def expected_calibration_error(y_true, probs, n_bins=10):
    """Weighted mean |positive rate - mean probability| over right-closed equal-width bins."""
    raise NotImplementedError
