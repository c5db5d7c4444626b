import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, recall_score
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def oversampled_cv(X, y, n_splits=4, random_state=0):
    rng = np.random.default_rng(random_state)
    recall, ap = [], []
    for train, test in StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=random_state).split(X, y):
        pos = train[y[train] == 1]
        rows = np.concatenate([train, rng.choice(pos, size=int(np.sum(y[train] == 0)) - len(pos), replace=True)])
        model = make_pipeline(StandardScaler(), LogisticRegression()).fit(X[rows], y[rows])
        # Balances the test fold too: the scores no longer describe the real class ratio.
        tpos = test[y[test] == 1]
        trows = np.concatenate([test, rng.choice(tpos, size=int(np.sum(y[test] == 0)) - len(tpos), replace=True)])
        recall.append(float(recall_score(y[trows], model.predict(X[trows]))))
        ap.append(float(average_precision_score(y[trows], model.predict_proba(X[trows])[:, 1])))
    return {"recall": recall, "average_precision": ap}
