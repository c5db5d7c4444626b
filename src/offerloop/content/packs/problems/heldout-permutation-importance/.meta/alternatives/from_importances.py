import numpy as np
from sklearn.inspection import permutation_importance
from sklearn.linear_model import Ridge
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import Pipeline


def heldout_importance(X_train, y_train, X_test, y_test, n_repeats=5, random_state=0):
    # Mean and (population) standard deviation taken from the raw per-repeat importances.
    model = Pipeline([("scale", StandardScaler()), ("ridge", Ridge(alpha=1.0))]).fit(X_train, y_train)
    raw = permutation_importance(model, X_test, y_test, scoring="r2", n_repeats=n_repeats,
                                 random_state=random_state).importances
    return {"mean": raw.mean(axis=1).tolist(), "std": raw.std(axis=1).tolist()}
