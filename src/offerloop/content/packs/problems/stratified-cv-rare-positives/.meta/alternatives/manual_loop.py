import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import StandardScaler


def stratified_ap_scores(X, y, n_splits=4, random_state=0, C=1.0):
    out = []
    for tr, te in StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=random_state).split(X, y):
        scaler = StandardScaler().fit(X[tr])
        model = LogisticRegression(C=C, class_weight="balanced").fit(scaler.transform(X[tr]), y[tr])
        out.append(float(average_precision_score(y[te], model.predict_proba(scaler.transform(X[te]))[:, 1])))
    return out
