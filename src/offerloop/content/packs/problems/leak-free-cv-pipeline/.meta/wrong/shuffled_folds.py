from sklearn.linear_model import Ridge
from sklearn.model_selection import KFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def cv_fold_scores(X, y, n_splits=5, alpha=1.0):
    # Shuffles the folds although the task asks for contiguous ones.
    pipe = make_pipeline(StandardScaler(), Ridge(alpha=alpha))
    return [float(s) for s in cross_val_score(pipe, X, y, cv=KFold(n_splits=n_splits, shuffle=True, random_state=0))]
