import numpy as np

from offerloop.judge.cases import case, follow_up


def visible():
    return [
        case(np.array([[1.0, 1.0], [1.0, 2.0], [1.0, 3.0]]), np.array([3.0, 5.0, 7.0]), name="a line through three points"),
        case(np.array([[2.0], [4.0]]), np.array([1.0, 2.0]), name="one feature, exact fit"),
    ]


def _noisy(rng, n, d, scale=1.0):
    X = rng.normal(size=(n, d)) * scale
    w = rng.normal(size=d)
    y = X @ w + 0.1 * rng.normal(size=n)
    return X, y


def hidden(rng):
    # Full-rank X only: the normal equation, solved any exact way, is the main answer.
    cases = [
        case(np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]), np.array([1.0, 2.0, 3.5]), name="two features, three samples"),
        case(np.array([[2.0, 1.0], [1.0, 3.0]]), np.array([4.0, 7.0]), name="square X: an exact solve"),
    ]
    for n, d in ((50, 3), (200, 8), (7, 7), (1000, 2)):
        X, y = _noisy(rng, n, d)
        cases.append(case(X, y, name=f"noisy {n}x{d}"))
    X, y = _noisy(rng, 100, 4)
    cases.append(case(X, y - 10.0, name="targets far from zero"))
    return cases


SINGULAR = "What if X^T X is singular (duplicated or constant columns, fewer samples than features)?"


def follow_ups():
    return [
        follow_up(SINGULAR, case(np.array([[3.0, 1.0]]), np.array([5.0]), name="a single sample (underdetermined)")),
        follow_up(SINGULAR, case(np.array([[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]]), np.array([1.0, 2.0, 3.5]),
                                 name="collinear columns")),
        follow_up(SINGULAR, case(np.array([[1.0, 5.0], [1.0, 5.0], [1.0, 5.0], [1.0, 5.0]]), np.array([1.0, 2.0, 3.0, 4.0]),
                                 name="a constant feature")),
        follow_up("Features on wildly different scales make X^T X ill-conditioned: does your method still get the weights?",
                  case(np.array([[1e6, 1.0], [2e6, 1.0], [3e6, 1.0]]), np.array([2e6, 4e6, 6e6]), name="large values")),
    ]


def check_case(args, kwargs):
    """The main cases' promise: X is (n, d) with linearly independent columns, y is (n,)."""
    X, y = (np.asarray(a, dtype=float) for a in args)
    assert X.ndim == 2 and y.shape == (X.shape[0],), "X must be (n, d) and y (n,)"
    assert np.linalg.matrix_rank(X) == X.shape[1], "the main cases promise linearly independent columns"
    assert np.linalg.cond(X.T @ X) < 1e8, "the main cases keep X^T X well conditioned (large scales are a follow-up)"
