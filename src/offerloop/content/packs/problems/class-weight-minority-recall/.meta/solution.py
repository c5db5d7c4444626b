import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import precision_score, recall_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.utils.class_weight import compute_class_weight


def class_weight_effect(X_train, y_train, X_test, y_test, C=1.0):
    weights = compute_class_weight("balanced", classes=np.array([0, 1]), y=y_train)
    out = {"weights": [float(w) for w in weights]}
    for name, cw in (("plain", None), ("balanced", "balanced")):
        pred = make_pipeline(StandardScaler(), LogisticRegression(C=C, class_weight=cw)).fit(X_train, y_train).predict(X_test)
        out[f"recall_{name}"] = float(recall_score(y_test, pred))
        out[f"precision_{name}"] = float(precision_score(y_test, pred, zero_division=0))
    return out
