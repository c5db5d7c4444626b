import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import StandardScaler


def oof_probabilities(X, y, n_splits=5, random_state=0):
    out = np.empty(len(y))
    for tr, te in StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=random_state).split(X, y):
        scaler = StandardScaler().fit(X[tr])
        model = LogisticRegression().fit(scaler.transform(X[tr]), y[tr])
        out[te] = model.predict_proba(scaler.transform(X[te]))[:, 1]
    return out
