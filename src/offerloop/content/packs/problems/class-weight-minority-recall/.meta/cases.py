import numpy as np

from offerloop.judge.cases import case

# The boundary is a probability of exactly 0.5 at predict; the contract keeps every test row 1e-6
# away from it under both models. Each check refits both, so 15 seeds.
SWEEP_SEEDS = 15


def visible():
    rng = np.random.default_rng(2)
    X = rng.normal(size=(300, 2))
    y = (X[:, 0] + 0.8 * rng.normal(size=300) > 1.6).astype(int)
    return [case(X[:200], y[:200], X[200:], y[200:], name="about 8% positives")]


def hidden(rng):
    cases = []
    for n, d, cut, C in ((240, 3, 1.5, 1.0), (300, 4, 1.8, 0.3), (160, 2, 1.2, 3.0)):
        while True:
            X = rng.normal(size=(n, d)) * rng.uniform(0.5, 20.0, size=d)
            z = X / X.std(axis=0)
            y = (z[:, 0] - 0.5 * z[:, -1] + 0.9 * rng.normal(size=n) > cut).astype(int)
            m = int(0.65 * n)
            c = _check(X[:m], y[:m], X[m:], y[m:], C)
            if c is None:
                break
        cases.append(case(X[:m], y[:m], X[m:], y[m:], C=C, name=f"{n} rows, {np.mean(y):.0%} positives, C={C}"))
    return cases


def _check(X_train, y_train, X_test, y_test, C):
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    counts = np.bincount(y_train, minlength=2)
    if set(np.unique(y_train)) != {0, 1} or counts[1] >= counts[0]:
        return "class 1 is the rarer class in training"
    if not np.any(y_test == 1):
        return "class 1 is present in the test set"
    for cw in (None, "balanced"):
        p = make_pipeline(StandardScaler(), LogisticRegression(C=C, class_weight=cw)).fit(X_train, y_train).predict_proba(X_test)[:, 1]
        if np.min(np.abs(p - 0.5)) < 1e-6:
            return "a test probability within 1e-6 of 0.5"
    return None


def check_case(args, kwargs):
    problem = _check(*args, kwargs.get("C", 1.0))
    assert problem is None, problem
