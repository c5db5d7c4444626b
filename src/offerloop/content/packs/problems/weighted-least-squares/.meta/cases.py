import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0], [1.0]]), np.array([0.0, 10.0]), np.array([3.0, 1.0]), name="a weighted mean"),
        case(np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]]), np.array([1.0, 2.0, 5.0]), np.array([1.0, 1.0, 1.0]), name="equal weights"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[2.0]]), np.array([6.0]), np.array([0.5]), name="a single sample"),
        case(np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0], [1.0, 3.0]]), np.array([0.0, 1.0, 2.0, 10.0]), np.array([1.0, 1.0, 1.0, 1e-6]),
             name="a nearly ignored outlier"),
        case(np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]]), np.array([1.0, 3.0, 2.0]), np.array([100.0, 1.0, 100.0]), name="two heavy points"),
    ]
    for n, d in ((10, 2), (50, 4), (200, 3)):
        X = np.hstack([np.ones((n, 1)), rng.normal(size=(n, d - 1))])
        sig = rng.uniform(0.2, 3.0, size=n)
        y = X @ rng.normal(size=d) + rng.normal(size=n) * sig
        cases.append(case(X, y, 1 / sig ** 2, name=f"heteroscedastic {n}x{d}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: X (n, d) of full column rank, y (n,), positive weights w (n,)."""
    X, y, w = args
    assert isinstance(X, np.ndarray) and X.ndim == 2 and X.shape[0] >= X.shape[1] >= 1, f"X has shape {np.shape(X)}: need n >= d >= 1"
    assert y.shape == (X.shape[0],) and w.shape == (X.shape[0],), f"y {y.shape} and w {w.shape} must be ({X.shape[0]},)"
    assert np.all(w > 0), "a weight is not positive"
    s = np.linalg.svd(X, compute_uv=False)
    assert s[-1] > 1e-8 * s[0], f"X is (nearly) rank-deficient (singular values {s[0]:.3g} .. {s[-1]:.3g})"
