import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import precision_score, recall_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def class_weight_effect(X_train, y_train, X_test, y_test, C=1.0):
    # Weights proportional to class frequency: the majority gets even more weight.
    w = np.bincount(y_train, minlength=2) / len(y_train)
    out = {"weights": [float(v) for v in w]}
    for name, sw in (("plain", None), ("balanced", w[y_train])):
        m = make_pipeline(StandardScaler(), LogisticRegression(C=C)).fit(X_train, y_train, logisticregression__sample_weight=sw)
        pred = m.predict(X_test)
        out[f"recall_{name}"] = float(recall_score(y_test, pred))
        out[f"precision_{name}"] = float(precision_score(y_test, pred, zero_division=0))
    return out
