import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, recall_score
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def oversampled_cv(X, y, n_splits=4, random_state=0):
    # Balances the whole data set first: copies of a row land in training and test folds.
    rng = np.random.default_rng(random_state)
    pos = np.flatnonzero(y == 1)
    rows = np.concatenate([np.arange(len(y)), rng.choice(pos, size=int(np.sum(y == 0)) - len(pos), replace=True)])
    Xb, yb = X[rows], y[rows]
    recall, ap = [], []
    for train, test in StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=random_state).split(Xb, yb):
        model = make_pipeline(StandardScaler(), LogisticRegression()).fit(Xb[train], yb[train])
        recall.append(float(recall_score(yb[test], model.predict(Xb[test]))))
        ap.append(float(average_precision_score(yb[test], model.predict_proba(Xb[test])[:, 1])))
    return {"recall": recall, "average_precision": ap}
