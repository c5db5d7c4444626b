import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([2.0, 0.2]), 0.5, 1, name="one sweep, one weight zeroed"),
        case(np.array([[1.0, 1.0], [1.0, 2.0], [2.0, 1.0]]), np.array([3.0, 4.0, 4.0]), 0.1, 50, name="correlated features"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[2.0, -1.0]]), np.array([3.0]), 0.2, 3, name="a single sample"),
        case(np.array([[1.0, 0.0], [2.0, 0.0], [3.0, 0.0]]), np.array([1.0, 2.0, 3.0]), 0.1, 5, name="a column of zeros"),
        case(np.array([[1.0, 2.0], [2.0, -1.0]]), np.array([1.0, 1.0]), 100.0, 4, name="a huge penalty zeroes everything"),
        case(np.array([[1.0, 2.0], [2.0, 1.0], [0.0, 1.0]]), np.array([-3.0, -2.0, -1.0]), 0.3, 2, name="negative weights"),
        case(np.array([[1.0, 1.0], [1.0, 1.0], [1.0, 1.0]]), np.array([1.0, 2.0, 3.0]), 0.0, 3, name="identical columns, no penalty"),
    ]
    for n, d, lam, k in ((20, 4, 0.1, 10), (50, 8, 0.05, 20), (30, 3, 0.5, 3)):
        X = rng.normal(size=(n, d))
        w = rng.normal(size=d) * (rng.random(d) < 0.5)
        cases.append(case(X, X @ w + 0.1 * rng.normal(size=n), lam, k, name=f"random {n}x{d}, lam={lam}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: X (n, d), y (n,), lam >= 0, num_sweeps >= 0; each column is zero or clearly not.
    (Soft-thresholding is continuous, so |rho_j| == lam needs no margin; z_j == 0 is the one switch.)"""
    X, y, lam, sweeps = args
    assert isinstance(X, np.ndarray) and X.ndim == 2 and X.shape[0] >= 1 and X.shape[1] >= 1, "X must be (n, d)"
    assert isinstance(y, np.ndarray) and y.shape == (X.shape[0],), f"y is {y.shape}, expected ({X.shape[0]},)"
    assert np.all(np.isfinite(X)) and np.all(np.isfinite(y)), "inputs must be finite"
    assert isinstance(lam, float) and lam >= 0, f"lam = {lam!r} must be non-negative"
    assert type(sweeps) is int and sweeps >= 0, f"num_sweeps = {sweeps!r} must be a non-negative int"
    z = (X ** 2).sum(axis=0) / X.shape[0]
    for j in range(X.shape[1]):
        assert np.all(X[:, j] == 0) or z[j] > 1e-9, f"column {j} is nearly but not exactly zero"
