import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def holdout_ranking_metrics(X_train, y_train, X_test, y_test, C=1.0):
    model = make_pipeline(StandardScaler(), LogisticRegression(C=C)).fit(X_train, y_train)
    p = model.predict_proba(X_test)[:, 1]
    return {"roc_auc": float(roc_auc_score(y_test, p)), "average_precision": float(average_precision_score(y_test, p)),
            "base_rate": float(np.mean(y_test))}
