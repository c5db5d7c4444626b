import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0, 2.0], [2.0, 1.0], [3.0, 4.0], [4.0, 3.0]]), name="two correlated columns"),
        case(np.array([[1.0, 1.0], [-1.0, 1.0], [1.0, -1.0], [-1.0, -1.0]]), name="orthogonal columns"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[100.0, 200.0], [101.0, 199.0], [102.0, 203.0], [103.0, 200.0], [104.0, 202.0]]), name="large means"),
    ]
    base = rng.normal(size=(40, 2))
    X = np.column_stack([base, base @ np.array([1.0, 1.0]) + 0.1 * rng.normal(size=40)])
    cases.append(case(X, name="a nearly redundant third column"))
    for n, d in ((15, 3), (60, 5), (200, 4)):
        M = rng.normal(size=(d, d)) * 0.5 + np.eye(d)
        cases.append(case(rng.normal(size=(n, d)) @ M + rng.uniform(-10, 10, size=d), name=f"random {n}x{d}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: X is (n, d) with d >= 2, no constant column and no (near-)perfect collinearity."""
    (X,) = args
    assert isinstance(X, np.ndarray) and X.ndim == 2 and X.shape[1] >= 2, "X must be (n, d) with d >= 2"
    assert X.shape[0] >= X.shape[1] + 1, f"{X.shape[0]} rows cannot fit an intercept and {X.shape[1] - 1} other columns with R^2 < 1"
    Xc = X - X.mean(axis=0)
    assert np.all(np.abs(Xc).max(axis=0) > 0), "a column is constant"
    s = np.linalg.svd(Xc / np.linalg.norm(Xc, axis=0), compute_uv=False)
    assert s[-1] > 1e-6, f"the columns are (nearly) perfectly collinear (smallest singular value {s[-1]:.3g})"
