from sklearn.feature_selection import SelectKBest, f_regression
from sklearn.linear_model import Ridge
from sklearn.model_selection import KFold, cross_val_score
from sklearn.pipeline import make_pipeline


def selected_cv_scores(X, y, k, n_splits=5):
    pipe = make_pipeline(SelectKBest(f_regression, k=k), Ridge(alpha=1.0))
    return [float(s) for s in cross_val_score(pipe, X, y, cv=KFold(n_splits=n_splits), scoring="r2")]
