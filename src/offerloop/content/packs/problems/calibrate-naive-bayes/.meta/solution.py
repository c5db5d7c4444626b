from sklearn.calibration import CalibratedClassifierCV
from sklearn.metrics import brier_score_loss
from sklearn.model_selection import StratifiedKFold
from sklearn.naive_bayes import GaussianNB


def calibration_brier(X_train, y_train, X_test, y_test, method="sigmoid", n_splits=3):
    raw = GaussianNB().fit(X_train, y_train).predict_proba(X_test)[:, 1]
    cal = CalibratedClassifierCV(GaussianNB(), method=method, cv=StratifiedKFold(n_splits=n_splits))
    proba = cal.fit(X_train, y_train).predict_proba(X_test)[:, 1]
    return {"brier_raw": float(brier_score_loss(y_test, raw)), "brier_calibrated": float(brier_score_loss(y_test, proba)),
            "proba": proba}
