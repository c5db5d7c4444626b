import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def test_log_loss(X_train, y_train, X_test, y_test, C=1.0):
    model = make_pipeline(StandardScaler(), LogisticRegression(C=C)).fit(X_train, y_train)
    proba = model.predict_proba(X_test)
    cols = np.searchsorted(model.classes_, y_test)
    return float(-np.mean(np.log2(proba[np.arange(len(y_test)), cols])))  # bits, not nats
