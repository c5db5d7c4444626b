import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0], [1.0, 3.0]]), np.array([1.0, 3.0, 2.0, 5.0]), name="a line through four points"),
        case(np.array([[1.0], [1.0], [1.0]]), np.array([2.0, 4.0, 9.0]), name="the mean only"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]]), np.array([1.0, 2.0, 3.5]), name="one residual degree of freedom"),
        case(np.array([[1.0, 1.0, 1.0], [1.0, 2.0, 2.1], [1.0, 3.0, 2.9], [1.0, 4.0, 4.2], [1.0, 5.0, 4.8]]), np.array([1.0, 2.0, 3.0, 4.5, 5.0]),
             name="nearly collinear features"),
        case(np.array([[1.0, 1e3], [1.0, 2e3], [1.0, 3e3], [1.0, 4e3]]), np.array([10.0, 20.5, 29.0, 41.0]), name="a feature in the thousands"),
    ]
    for n, d in ((10, 2), (50, 4), (200, 3)):
        X = np.hstack([np.ones((n, 1)), rng.normal(size=(n, d - 1))])
        cases.append(case(X, X @ rng.normal(size=d) + rng.normal(size=n), name=f"random {n}x{d}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: X (n, d) with full column rank and n > d, y (n,)."""
    X, y = args
    assert isinstance(X, np.ndarray) and X.ndim == 2 and X.shape[1] >= 1, "X must be (n, d)"
    n, d = X.shape
    assert n > d, f"X is {n}x{d}: the prompt promises n > d"
    assert isinstance(y, np.ndarray) and y.shape == (n,), f"y is {y.shape}, expected ({n},)"
    assert np.all(np.isfinite(X)) and np.all(np.isfinite(y)), "inputs must be finite"
    s = np.linalg.svd(X, compute_uv=False)
    assert s[-1] > 1e-8 * s[0], f"X is (nearly) rank-deficient: singular values {s[0]:.3g} .. {s[-1]:.3g}"
