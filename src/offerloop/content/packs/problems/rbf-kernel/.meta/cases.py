import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[0.0, 0.0], [1.0, 1.0]]), np.array([[0.0, 0.0], [1.0, 0.0]]), 0.5, name="two points each"),
        case(np.array([[1.0], [2.0], [4.0]]), np.array([[1.0], [2.0], [4.0]]), 1.0, name="a Gram matrix in 1-D"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[3.0, -1.0]]), np.array([[3.0, -1.0]]), 2.0, name="one identical pair"),
        case(np.array([[0.0], [0.5]]), np.array([[1.0], [2.0]]), 0.1, name="a small gamma"),
        case(np.array([[0.0, 0.0]]), np.array([[0.3, 0.4], [3.0, 4.0]]), 0.25, name="distances 0.5 and 5"),
    ]
    for n, m, d, g in ((5, 4, 3, 0.3), (12, 9, 6, 0.05), (1, 15, 2, 1.5)):
        cases.append(case(rng.normal(size=(n, d)), rng.normal(size=(m, d)), g, name=f"random {n}x{m}, gamma={g}"))
    X = rng.normal(size=(8, 4))
    cases.append(case(X, X.copy(), 0.2, name="a random Gram matrix"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: X is (n, d), Y is (m, d), gamma > 0 is a float."""
    X, Y, gamma = args
    assert isinstance(X, np.ndarray) and X.ndim == 2 and X.shape[0] >= 1, "X must be an (n, d) array"
    assert isinstance(Y, np.ndarray) and Y.ndim == 2 and Y.shape[0] >= 1, "Y must be an (m, d) array"
    assert X.shape[1] == Y.shape[1], f"X has {X.shape[1]} columns, Y has {Y.shape[1]}"
    assert isinstance(gamma, float) and gamma > 0, f"gamma = {gamma!r} must be a positive float"
