import numpy as np

from offerloop.judge.cases import case


def visible():
    X = np.array([[1.0, 10.0], [2.0, 30.0], [3.0, 20.0], [4.0, 50.0], [5.0, 40.0], [6.0, 70.0]])
    y = np.array([1.0, 3.0, 2.0, 5.0, 4.0, 7.0])
    return [case(X, y, n_splits=3, alpha=1.0, name="six rows, three folds")]


def _data(rng, n, d, drift=False):
    scales = rng.uniform(0.1, 100.0, size=d)
    X = rng.normal(size=(n, d)) * scales + rng.uniform(-50, 50, size=d)
    if drift:
        X += np.linspace(0, 3, n)[:, None] * scales  # later rows differ: leaks show up
    w = rng.normal(size=d) / scales
    y = X @ w + 0.3 * rng.normal(size=n)
    return X, y


def hidden(rng):
    cases = []
    for i, (n, d, k, alpha) in enumerate(((20, 3, 5, 1.0), (30, 4, 3, 10.0), (25, 2, 5, 0.1), (40, 5, 4, 5.0))):
        X, y = _data(rng, n, d, drift=i % 2 == 0)
        cases.append(case(X, y, n_splits=k, alpha=alpha, name=f"{n} rows, {d} features, {k} folds"))
    X, y = _data(rng, 12, 3, drift=True)
    X[:, 1] = 7.0
    cases.append(case(X, y, n_splits=3, alpha=2.0, name="a constant feature"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: a 2-D float X with a matching y, 2 <= n_splits <= n, alpha > 0, and an R^2 defined on every fold."""
    X, y = args
    n_splits, alpha = kwargs.get("n_splits", 5), kwargs.get("alpha", 1.0)
    assert X.ndim == 2 and y.ndim == 1 and len(X) == len(y), "X is (n, d) and y has n values"
    assert np.isfinite(X).all() and np.isfinite(y).all(), "X and y are finite"
    assert isinstance(n_splits, int) and 2 <= n_splits <= len(X), "KFold needs 2 <= n_splits <= n"
    assert alpha > 0, "ridge alpha is positive"
    # R^2 divides by the held-out targets' spread: no held-out fold may be constant.
    for fold in np.array_split(np.arange(len(y)), n_splits):
        assert np.var(y[fold]) > 1e-9, f"held-out fold {fold.tolist()} has constant targets: R^2 is undefined"
