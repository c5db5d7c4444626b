import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[2.0, 0.0], [0.0, 2.0]]), np.zeros(2), np.array([[4.0, 0.0], [0.0, 1.0]]), name="a diagonal covariance"),
        case(np.array([[1.0, 1.0], [1.0, -1.0]]), np.zeros(2), np.array([[2.0, 1.0], [1.0, 2.0]]), name="correlated features"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[5.0]]), np.array([3.0]), np.array([[0.25]]), name="one dimension"),
        case(np.array([[1.0, 2.0, 3.0]]), np.array([1.0, 2.0, 3.0]), np.eye(3), name="the mean itself"),
        case(np.array([[1e6 + 1.0, 1e6], [1e6, 1e6 - 2.0]]), np.array([1e6, 1e6]), np.array([[1.0, 0.5], [0.5, 2.0]]), name="a large mean"),
    ]
    for n, d in ((5, 2), (20, 4), (50, 6)):
        M = rng.normal(size=(d, d))
        cov = M @ M.T + 0.5 * np.eye(d)
        mu = rng.normal(size=d) * 3
        cases.append(case(rng.normal(size=(n, d)) * 2 + mu, mu, cov, name=f"random {n}x{d}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: X (n, d), mu (d,), cov a symmetric positive-definite (d, d) matrix."""
    X, mu, cov = args
    assert isinstance(X, np.ndarray) and X.ndim == 2 and X.shape[0] >= 1 and X.shape[1] >= 1, "X must be (n, d)"
    d = X.shape[1]
    assert isinstance(mu, np.ndarray) and mu.shape == (d,), f"mu is {mu.shape}, expected ({d},)"
    assert isinstance(cov, np.ndarray) and cov.shape == (d, d), f"cov is {cov.shape}, expected {(d, d)}"
    assert all(np.all(np.isfinite(a)) for a in (X, mu, cov)), "inputs must be finite"
    assert np.array_equal(cov, cov.T), "cov must be symmetric"
    ev = np.linalg.eigvalsh(cov)
    assert ev[0] > 1e-8 * ev[-1], f"cov is not (safely) positive definite: eigenvalues {ev[0]:.3g} .. {ev[-1]:.3g}"
