import numpy as np

from offerloop.judge.cases import case

# Ridge fits are closed form and no decision boundary is involved: 30 seeds cover the contract.
SWEEP_SEEDS = 30


def visible():
    X = np.arange(9.0).reshape(-1, 1)
    y = np.array([0.1, 1.2, 1.9, 3.1, 4.0, 5.2, 5.9, 7.1, 8.0])
    return [case(X, y, n_splits=2, alpha=1.0, name="a straight line, two folds")]


def _series(rng, n, d):
    t = np.arange(n, dtype=float)
    level = 0.05 * t + np.sin(t / 5.0)  # a trend and a cycle: the future differs from the past
    X = np.column_stack([level + 0.3 * rng.normal(size=n) for _ in range(d)]) * rng.uniform(0.5, 20.0, size=d)
    y = level * 3.0 + 0.2 * rng.normal(size=n)
    return X, y


def hidden(rng):
    cases = []
    for n, d, k, alpha in ((24, 2, 3, 1.0), (40, 3, 4, 0.5), (30, 1, 5, 10.0)):
        X, y = _series(rng, n, d)
        cases.append(case(X, y, n_splits=k, alpha=alpha, name=f"{n} rows, {d} features, {k} folds"))
    X, y = _series(rng, 16, 2)
    cases.append(case(X, y, n_splits=3, alpha=2.0, name="the smallest allowed series for three folds"))
    return cases


def check_case(args, kwargs):
    X, y = args
    k = kwargs.get("n_splits", 4)
    assert X.ndim == 2 and X.shape[1] >= 1 and y.shape == (X.shape[0],), "X is (n, d), y is (n,)"
    assert k >= 2 and X.shape[0] >= 3 * (k + 1), f"n = {X.shape[0]} is too short for {k} folds"
    assert np.isfinite(X).all() and np.isfinite(y).all(), "finite values only"
