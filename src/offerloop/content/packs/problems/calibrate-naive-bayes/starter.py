import numpy as np


def calibration_brier(X_train, y_train, X_test, y_test, method="sigmoid", n_splits=3):
    """{"brier_raw", "brier_calibrated", "proba"}: GaussianNB vs CalibratedClassifierCV(GaussianNB, method, StratifiedKFold)."""
    raise NotImplementedError
