import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, recall_score
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def oversampled_cv(X, y, n_splits=4, random_state=0):
    recall, ap = [], []
    for train, test in StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=random_state).split(X, y):
        rng = np.random.default_rng(random_state)  # a fresh generator each fold: other draws
        pos = train[y[train] == 1]
        rows = np.concatenate([train, rng.choice(pos, size=int(np.sum(y[train] == 0)) - len(pos), replace=True)])
        model = make_pipeline(StandardScaler(), LogisticRegression()).fit(X[rows], y[rows])
        recall.append(float(recall_score(y[test], model.predict(X[test]))))
        ap.append(float(average_precision_score(y[test], model.predict_proba(X[test])[:, 1])))
    return {"recall": recall, "average_precision": ap}
