import numpy as np
from sklearn.linear_model import Ridge
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def heldout_importance(X_train, y_train, X_test, y_test, n_repeats=5, random_state=0):
    # Drop-column importance (refit without each feature): a different quantity.
    def r2(cols):
        m = make_pipeline(StandardScaler(), Ridge(alpha=1.0)).fit(X_train[:, cols], y_train)
        return m.score(X_test[:, cols], y_test)
    d = X_train.shape[1]
    base = r2(list(range(d)))
    means = [base - r2([c for c in range(d) if c != j]) if d > 1 else base for j in range(d)]
    return {"mean": [float(v) for v in means], "std": [0.0] * d}
