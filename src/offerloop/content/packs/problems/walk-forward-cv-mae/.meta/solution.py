import numpy as np
from sklearn.linear_model import Ridge
from sklearn.model_selection import TimeSeriesSplit, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def walk_forward_mae(X, y, n_splits=4, alpha=1.0):
    pipe = make_pipeline(StandardScaler(), Ridge(alpha=alpha))
    scores = cross_val_score(pipe, np.asarray(X, dtype=float), np.asarray(y, dtype=float),
                             cv=TimeSeriesSplit(n_splits=n_splits), scoring="neg_mean_absolute_error")
    return [float(-s) for s in scores]
