import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.preprocessing import StandardScaler


def holdout_ranking_metrics(X_train, y_train, X_test, y_test, C=1.0):
    # The decision function ranks rows exactly as the probabilities do (a monotone map).
    scaler = StandardScaler().fit(X_train)
    model = LogisticRegression(C=C).fit(scaler.transform(X_train), y_train)
    s = model.decision_function(scaler.transform(X_test))
    return {"roc_auc": float(roc_auc_score(y_test, s)), "average_precision": float(average_precision_score(y_test, s)),
            "base_rate": float(np.sum(y_test == 1) / len(y_test))}
