from sklearn.inspection import permutation_importance
from sklearn.linear_model import Ridge
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def heldout_importance(X_train, y_train, X_test, y_test, n_repeats=5, random_state=0):
    model = make_pipeline(StandardScaler(), Ridge(alpha=1.0)).fit(X_train, y_train)
    r = permutation_importance(model, X_test, y_test, scoring="r2", n_repeats=n_repeats, random_state=random_state)
    return {"mean": [float(v) for v in r.importances_mean], "std": [float(v) for v in r.importances_std]}
