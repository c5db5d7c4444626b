import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.naive_bayes import GaussianNB


def calibration_brier(X_train, y_train, X_test, y_test, method="sigmoid", n_splits=3):
    # An integer cv means StratifiedKFold without shuffling for a classifier; Brier by hand.
    raw = GaussianNB().fit(X_train, y_train).predict_proba(X_test)[:, 1]
    proba = CalibratedClassifierCV(GaussianNB(), method=method, cv=n_splits).fit(X_train, y_train).predict_proba(X_test)[:, 1]
    y = np.asarray(y_test, dtype=float)
    return {"brier_raw": float(np.mean((raw - y) ** 2)), "brier_calibrated": float(np.mean((proba - y) ** 2)), "proba": proba}
