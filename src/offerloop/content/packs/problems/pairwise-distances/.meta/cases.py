import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[0.0, 0.0], [1.0, 1.0]]), np.array([[3.0, 4.0]]), name="two points against one"),
        case(np.array([[1.0], [4.0]]), np.array([[1.0], [2.0], [-1.0]]), name="one dimension"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[2.0, 2.0, 2.0]]), np.array([[2.0, 2.0, 2.0]]), name="a single identical pair"),
        case(np.array([[1.0, 2.0], [1.0, 2.0]]), np.array([[1.0, 2.0]]), name="duplicated rows"),
    ]
    X = rng.normal(size=(6, 4))
    cases.append(case(X, X.copy(), name="a set against itself (zero diagonal)"))
    for n, m, d in ((5, 3, 2), (12, 7, 10), (1, 9, 3), (9, 1, 5)):
        cases.append(case(rng.normal(size=(n, d)) * 3, rng.normal(size=(m, d)) * 3, name=f"random {n}x{m}, d={d}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: X (n, d) and Y (m, d) finite float arrays with n, m, d >= 1."""
    X, Y = args
    assert isinstance(X, np.ndarray) and X.ndim == 2 and isinstance(Y, np.ndarray) and Y.ndim == 2, "X and Y must be 2-D arrays"
    assert X.shape[0] >= 1 and Y.shape[0] >= 1 and X.shape[1] == Y.shape[1] >= 1, f"X {X.shape} and Y {Y.shape} must share d >= 1"
    assert np.all(np.isfinite(X)) and np.all(np.isfinite(Y)), "inputs must be finite"
