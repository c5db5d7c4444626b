from sklearn.linear_model import Ridge
from sklearn.model_selection import KFold, cross_val_score


def selected_cv_scores(X, y, k, n_splits=5):
    # Keeps the first k columns, whatever their relation to y.
    return [float(s) for s in cross_val_score(Ridge(alpha=1.0), X[:, :k], y, cv=KFold(n_splits=n_splits))]
