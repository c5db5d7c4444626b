from sklearn.calibration import CalibratedClassifierCV
from sklearn.frozen import FrozenEstimator
from sklearn.metrics import brier_score_loss
from sklearn.naive_bayes import GaussianNB


def calibration_brier(X_train, y_train, X_test, y_test, method="sigmoid", n_splits=3):
    nb = GaussianNB().fit(X_train, y_train)
    raw = nb.predict_proba(X_test)[:, 1]
    # Calibrates the fitted model on the same rows it was trained on.
    cal = CalibratedClassifierCV(FrozenEstimator(nb), method=method).fit(X_train, y_train)
    proba = cal.predict_proba(X_test)[:, 1]
    return {"brier_raw": float(brier_score_loss(y_test, raw)), "brier_calibrated": float(brier_score_loss(y_test, proba)), "proba": proba}
