import numpy as np
from sklearn.linear_model import Ridge
from sklearn.metrics import r2_score
from sklearn.model_selection import GridSearchCV, KFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler


def nested_cv_ridge(X, y, alphas, outer_splits=5, inner_splits=3):
    pipe = Pipeline([("scale", StandardScaler()), ("ridge", Ridge())])
    search = GridSearchCV(pipe, {"ridge__alpha": list(alphas)}, cv=KFold(n_splits=inner_splits),
                          scoring="neg_mean_squared_error")
    scores, chosen = [], []
    for tr, te in KFold(n_splits=outer_splits).split(X):
        search.fit(X[tr], y[tr])
        scores.append(float(r2_score(y[te], search.predict(X[te]))))
        chosen.append(float(search.best_params_["ridge__alpha"]))
    return {"scores": scores, "alphas": chosen}
