import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[0.0], [1.0], [2.0], [3.0]]), np.array([0.0, 2.0, 4.0, 6.0]), 2, 1.0, name="four points, two folds"),
        case(np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [2.0, 1.0], [0.0, 2.0]]), np.array([1.0, 1.0, 2.0, 3.0, 2.0]), 5, 0.1,
             name="leave-one-out"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[1.0, 3.0], [2.0, 3.0], [3.0, 3.0], [4.0, 3.0], [5.0, 3.0]]), np.array([1.0, 2.0, 2.0, 4.0, 5.0]), 2, 0.5,
             name="a constant column"),
        case(np.array([[0.0], [0.0], [5.0]]), np.array([1.0, 2.0, 3.0]), 3, 1.0, name="a training part with zero spread"),
    ]
    for n, d, k, lam in ((11, 2, 3, 1.0), (40, 4, 5, 10.0), (23, 3, 4, 0.1)):
        X = rng.normal(size=(n, d)) * rng.uniform(1, 50, size=d) + np.linspace(0, 30, n)[:, None]  # drifts: folds differ
        y = X @ rng.normal(size=d) * 0.1 + rng.normal(size=n)
        cases.append(case(X, y, k, lam, name=f"random {n}x{d}, k={k}, lam={lam}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: X (n, d), y (n,), 2 <= k <= n, lam > 0; every training column's std is exactly 0 or clearly not."""
    X, y, k, lam = args
    assert X.ndim == 2 and y.shape == (X.shape[0],), "X must be (n, d) and y (n,)"
    n = X.shape[0]
    assert type(k) is int and 2 <= k <= n, f"k = {k!r} must satisfy 2 <= k <= n = {n}"
    assert lam > 0, f"lam = {lam!r} must be positive"
    sizes = [n // k + (1 if f < n % k else 0) for f in range(k)]
    start = 0
    for f, size in enumerate(sizes):
        train = np.r_[X[:start], X[start + size:]]
        start += size
        # "A zero std counts as 1" is a decision boundary: a constant column must be exactly constant.
        for j in range(X.shape[1]):
            col = train[:, j]
            spread = float(col.max() - col.min())
            assert spread == 0 or spread > 1e-6 * max(1.0, float(np.abs(col).max())), f"fold {f}, column {j}: nearly constant"
