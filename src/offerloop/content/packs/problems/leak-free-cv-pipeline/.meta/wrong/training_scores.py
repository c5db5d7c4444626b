import numpy as np
from sklearn.linear_model import Ridge
from sklearn.model_selection import KFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def cv_fold_scores(X, y, n_splits=5, alpha=1.0):
    # Scores each fold's model on its own training rows.
    out = []
    for tr, te in KFold(n_splits=n_splits).split(X):
        pipe = make_pipeline(StandardScaler(), Ridge(alpha=alpha)).fit(X[tr], y[tr])
        out.append(float(pipe.score(X[tr], y[tr])))
    return out
