import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def _scores(y, pred):
    tp = int(np.sum((pred == 1) & (y == 1)))
    return tp / int(np.sum(y == 1)), (tp / int(np.sum(pred == 1)) if np.any(pred == 1) else 0.0)


def class_weight_effect(X_train, y_train, X_test, y_test, C=1.0):
    # Row weights by hand instead of class_weight: the same loss.
    w = len(y_train) / (2 * np.bincount(y_train, minlength=2))
    plain = make_pipeline(StandardScaler(), LogisticRegression(C=C)).fit(X_train, y_train)
    balanced = make_pipeline(StandardScaler(), LogisticRegression(C=C)).fit(
        X_train, y_train, logisticregression__sample_weight=w[y_train])
    rp, pp = _scores(y_test, plain.predict(X_test))
    rb, pb = _scores(y_test, balanced.predict(X_test))
    return {"weights": [float(v) for v in w], "recall_plain": rp, "recall_balanced": rb,
            "precision_plain": pp, "precision_balanced": pb}
