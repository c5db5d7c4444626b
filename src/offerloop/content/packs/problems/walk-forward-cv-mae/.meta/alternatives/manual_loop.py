import numpy as np
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import TimeSeriesSplit
from sklearn.preprocessing import StandardScaler


def walk_forward_mae(X, y, n_splits=4, alpha=1.0):
    # The pipeline unrolled by hand: scaler fitted on the training block only.
    out = []
    for tr, te in TimeSeriesSplit(n_splits=n_splits).split(X):
        scaler = StandardScaler().fit(X[tr])
        model = Ridge(alpha=alpha).fit(scaler.transform(X[tr]), y[tr])
        out.append(float(mean_absolute_error(y[te], model.predict(scaler.transform(X[te])))))
    return out
