import numpy as np

from offerloop.judge.cases import case

# Deterministic fits and monotone calibrators: no decision boundary in the prompt; each seed refits models, so 12 seeds.
SWEEP_SEEDS = 12


def _copies(rng, n, copies, noise):
    z = rng.normal(size=(n, 1))
    X = np.hstack([z + noise * rng.normal(size=(n, 1)) for _ in range(copies)])  # correlated: NB double counts
    y = (z[:, 0] + rng.normal(size=n) > 0).astype(int)
    return X, y


def visible():
    rng = np.random.default_rng(6)
    X, y = _copies(rng, 300, 4, 0.3)
    return [case(X[:200], y[:200], X[200:], y[200:], name="four copies of one signal")]


def hidden(rng):
    cases = []
    for n, copies, noise, method, k in ((150, 5, 0.2, "sigmoid", 3), (200, 3, 0.5, "isotonic", 4), (120, 6, 0.3, "isotonic", 3),
                                        (90, 2, 0.1, "sigmoid", 5)):
        while True:
            X, y = _copies(rng, n, copies, noise)
            m = int(0.7 * n)
            if min(np.bincount(y[:m], minlength=2)) >= k and len(set(y[m:])) == 2:
                break
        cases.append(case(X[:m], y[:m], X[m:], y[m:], method=method, n_splits=k, name=f"{copies} copies, {method}, {k} folds"))
    return cases


def check_case(args, kwargs):
    X_train, y_train, X_test, y_test = args
    k = kwargs.get("n_splits", 3)
    assert kwargs.get("method", "sigmoid") in ("sigmoid", "isotonic"), "sigmoid or isotonic"
    assert min(np.bincount(y_train, minlength=2)) >= k, "at least n_splits rows of each class in training"
    assert set(np.unique(y_test)) == {0, 1}, "both classes in the test set"
