from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def test_log_loss(X_train, y_train, X_test, y_test, C=1.0):
    model = make_pipeline(StandardScaler(), LogisticRegression(C=C)).fit(X_train, y_train)
    return float(log_loss(y_test, model.predict_proba(X_test), labels=model.classes_))
