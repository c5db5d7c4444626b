import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import StandardScaler


def oversampled_cv(X, y, n_splits=4, random_state=0):
    # The same draws, the scaler and model unrolled, recall counted directly.
    rng = np.random.default_rng(random_state)
    out = {"recall": [], "average_precision": []}
    for train, test in StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=random_state).split(X, y):
        labels = y[train]
        pos = train[labels == 1]
        extra = rng.choice(pos, size=int((labels == 0).sum()) - len(pos), replace=True)
        Xa, ya = np.vstack([X[train], X[extra]]), np.concatenate([y[train], y[extra]])
        scaler = StandardScaler().fit(Xa)
        model = LogisticRegression().fit(scaler.transform(Xa), ya)
        p = model.predict_proba(scaler.transform(X[test]))[:, 1]
        truth = y[test] == 1
        out["recall"].append(float(np.sum((p > 0.5) & truth) / truth.sum()))
        out["average_precision"].append(float(average_precision_score(y[test], p)))
    return out
