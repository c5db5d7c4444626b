import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0], [1.0, 3.0]]), np.array([0.0, 1.0, 0.0, 1.0]), 1, name="one step"),
        case(np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0], [1.0, 3.0]]), np.array([0.0, 1.0, 0.0, 1.0]), 8, name="converged"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[1.0], [1.0], [1.0]]), np.array([1.0, 0.0, 1.0]), 6, name="an intercept only"),
        case(np.array([[1.0, 2.0], [1.0, 2.5], [1.0, 2.8], [1.0, 3.0]]), np.array([0.0, 1.0, 0.0, 1.0]), 0, name="zero iterations"),
        case(np.array([[1.0, -1.0], [1.0, 0.0], [1.0, 1.0], [1.0, 2.0], [1.0, 0.5]]), np.array([0.0, 1.0, 0.0, 1.0, 1.0]), 3, name="three steps"),
    ]
    for n, d, k in ((40, 3, 5), (200, 4, 7), (25, 2, 2)):
        X = np.hstack([np.ones((n, 1)), rng.normal(size=(n, d - 1))])
        logits = X @ rng.normal(size=d) * 0.7
        y = (rng.random(n) < 1 / (1 + np.exp(-logits))).astype(float)
        y[0], y[1] = 0.0, 1.0
        X[0, 1:], X[1, 1:] = X[1, 1:], X[0, 1:]  # break any perfect separation by the sampled labels
        cases.append(case(X, y, k, name=f"random {n}x{d}, {k} steps"))
    return cases


def check_case(args, kwargs):
    """Shapes, 0/1 labels, full column rank, and a maximum-likelihood estimate that exists:
    Newton's method from zero converges (on separable data the weights run off to infinity)."""
    X, y, num_iters = args
    assert isinstance(X, np.ndarray) and X.ndim == 2 and y.shape == (X.shape[0],), "X is (n, d), y is (n,)"
    assert type(num_iters) is int and num_iters >= 0, f"num_iters = {num_iters!r}"
    assert set(np.unique(y).tolist()) <= {0.0, 1.0}, "labels must be 0 or 1"
    assert np.linalg.matrix_rank(X) == X.shape[1], "X must have full column rank"
    w = np.zeros(X.shape[1])
    for _ in range(25):  # Newton converges quadratically where the estimate exists
        p = 1.0 / (1.0 + np.exp(-(X @ w)))
        H = X.T @ (X * (p * (1 - p))[:, None])
        w = w - np.linalg.solve(H, X.T @ (p - y))
    g = X.T @ (1.0 / (1.0 + np.exp(-(X @ w))) - y)
    assert np.all(np.isfinite(w)) and np.abs(w).max() < 50 and np.abs(g).max() < 1e-8, (
        f"Newton does not converge (|w| = {np.abs(w).max():.3g}): the classes look separable")
