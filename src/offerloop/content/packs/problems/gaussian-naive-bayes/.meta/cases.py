import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0], [3.0], [10.0], [12.0]]), np.array([0, 0, 1, 1]), np.array([[2.0]]), name="two classes, one feature"),
        case(np.array([[0.0, 1.0], [1.0, 3.0], [2.0, 2.0], [5.0, 5.0], [6.0, 7.0]]), np.array([1, 1, 1, 4, 4]),
             np.array([[1.0, 2.0], [5.5, 6.0]]), name="unequal priors"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[1.0, 5.0], [2.0, 5.0], [8.0, 1.0], [9.0, 3.0]]), np.array([0, 0, 1, 1]),
             np.array([[1.5, 5.0], [8.5, 2.0]]), name="a feature constant within a class"),
        case(np.array([[1.0], [2.0], [3.0], [10.0], [11.0]]), np.array([2, 2, 2, 0, 0]), np.array([[4.0], [9.0]]), name="unsorted class labels"),
    ]
    X = rng.normal(size=(60, 80))
    y = rng.integers(0, 3, size=60)
    X[y == 1] += 0.5
    cases.append(case(X, y, rng.normal(size=(5, 80)) * 4, name="80 features: products underflow"))
    for n, d, c in ((20, 2, 2), (90, 5, 3)):
        y = rng.integers(0, c, size=n)
        y[:c] = np.arange(c)
        X = rng.normal(size=(n, d)) * rng.uniform(0.5, 3, size=d) + y[:, None] * 1.5
        cases.append(case(X, y, rng.normal(size=(6, d)) * 2, name=f"random n={n}, d={d}, classes={c}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: X_train (n, d) with n labels, X_test (m, d), at least one feature that varies."""
    Xtr, ytr, Xte = args
    assert Xtr.ndim == 2 and Xtr.shape[0] >= 1 and ytr.shape == (Xtr.shape[0],), "X_train must be (n, d) with n labels"
    assert Xte.ndim == 2 and Xte.shape[1] == Xtr.shape[1], "X_test must have X_train's d columns"
    assert np.all(np.isfinite(Xtr)) and np.all(np.isfinite(Xte)), "features must be finite"
    assert Xtr.var(axis=0).max() > 0, "at least one feature varies (epsilon would be 0)"
