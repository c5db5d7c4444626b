import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[0.0], [1.0]]), np.array([0.0, 1.0]), np.array([[1.0]]), 1.0, 1.0, name="two points"),
        case(np.array([[0.0], [1.0], [2.0], [3.0]]), np.array([0.0, 1.0, 4.0, 9.0]), np.array([[1.5], [10.0]]), 0.1, 0.5,
             name="interpolation and far away"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[2.0, 2.0]]), np.array([5.0]), np.array([[2.0, 2.0], [3.0, 2.0]]), 0.5, 1.0, name="a single training point"),
        case(np.array([[0.0], [0.0], [1.0]]), np.array([1.0, 3.0, 2.0]), np.array([[0.0]]), 0.01, 2.0, name="duplicated training points"),
        case(np.array([[0.0], [1.0]]), np.array([100.0, 102.0]), np.array([[0.5]]), 1.0, 1.0, name="targets far from zero (no centring)"),
    ]
    for n, d, lam, g in ((15, 1, 0.1, 2.0), (40, 3, 1.0, 0.3), (60, 2, 0.01, 1.0)):
        X = rng.uniform(-2, 2, size=(n, d))
        y = np.sin(X).sum(axis=1) + 0.1 * rng.normal(size=n)
        cases.append(case(X, y, rng.uniform(-2, 2, size=(5, d)), lam, g, name=f"random n={n}, d={d}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: X_train (n, d), y_train (n,), X_test (m, d), lam > 0 and gamma > 0."""
    Xtr, ytr, Xte, lam, gamma = args
    assert isinstance(Xtr, np.ndarray) and Xtr.ndim == 2 and Xtr.shape[0] >= 1, "X_train must be (n, d) with n >= 1"
    assert isinstance(ytr, np.ndarray) and ytr.shape == (Xtr.shape[0],), f"y_train is {ytr.shape}, expected ({Xtr.shape[0]},)"
    assert isinstance(Xte, np.ndarray) and Xte.ndim == 2 and Xte.shape[1] == Xtr.shape[1], "X_test must be (m, d) like X_train"
    assert all(np.all(np.isfinite(a)) for a in (Xtr, ytr, Xte)), "inputs must be finite"
    assert isinstance(lam, float) and lam > 0, f"lam = {lam!r} must be positive"
    assert isinstance(gamma, float) and gamma > 0, f"gamma = {gamma!r} must be positive"
