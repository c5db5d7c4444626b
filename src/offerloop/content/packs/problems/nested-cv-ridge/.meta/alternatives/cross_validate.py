from sklearn.linear_model import Ridge
from sklearn.model_selection import GridSearchCV, KFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def nested_cv_ridge(X, y, alphas, outer_splits=5, inner_splits=3):
    # The search is an estimator: cross-validate it, keeping each outer fold's fitted search.
    search = GridSearchCV(make_pipeline(StandardScaler(), Ridge()), {"ridge__alpha": alphas},
                          cv=KFold(inner_splits), scoring="neg_mean_squared_error")
    res = cross_validate(search, X, y, cv=KFold(outer_splits), scoring="r2", return_estimator=True)
    return {"scores": [float(s) for s in res["test_score"]],
            "alphas": [float(est.best_params_["ridge__alpha"]) for est in res["estimator"]]}
