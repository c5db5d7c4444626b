import numpy as np
from sklearn.linear_model import Ridge
from sklearn.model_selection import KFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def cv_fold_scores(X, y, n_splits=5, alpha=1.0):
    pipe = make_pipeline(StandardScaler(), Ridge(alpha=alpha))
    scores = cross_val_score(pipe, np.asarray(X, dtype=float), np.asarray(y, dtype=float), cv=KFold(n_splits=n_splits), scoring="r2")
    return [float(s) for s in scores]
