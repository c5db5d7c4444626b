import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([0, 2]), np.zeros((2, 3)), np.zeros(3), 1.0, name="from zeros"),
        case(np.array([[1.0], [2.0], [3.0]]), np.array([1, 0, 1]), np.array([[0.5, -0.5]]), np.array([0.1, 0.0]), 0.2, name="two classes"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[2.0, -1.0]]), np.array([1]), np.array([[0.1, 0.2, 0.3], [0.0, -0.1, 0.2]]), np.zeros(3), 0.5, name="a single sample"),
        case(np.array([[1000.0], [-1000.0]]), np.array([0, 1]), np.array([[1.0, -1.0, 0.5]]), np.zeros(3), 0.001, name="huge logits"),
        case(np.array([[1.0, 3.0], [2.0, 3.0], [0.0, 3.0]]), np.array([0, 0, 1]), np.zeros((2, 2)), np.array([0.3, -0.3]), 0.1, name="a constant feature"),
        case(np.array([[1.0, 1.0], [2.0, 0.0]]), np.array([2, 2]), np.zeros((2, 4)), np.zeros(4), 0.5, name="a class that never appears"),
    ]
    for n, d, c in ((10, 3, 3), (40, 5, 4), (100, 2, 6)):
        cases.append(case(rng.normal(size=(n, d)), rng.integers(0, c, size=n), rng.normal(size=(d, c)),
                          rng.normal(size=c), 0.3, name=f"random n={n}, d={d}, c={c}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: X (n, d), integer y (n,) in 0..c-1, W (d, c), b (c,), lr > 0."""
    X, y, W, b, lr = args
    assert X.ndim == 2 and X.shape[0] >= 1, "X must be an (n, d) array"
    n, d = X.shape
    assert W.ndim == 2 and W.shape[0] == d and b.shape == (W.shape[1],), f"W {W.shape} and b {b.shape} do not fit d = {d}"
    assert y.dtype.kind in "iu" and y.shape == (n,), f"y must be an integer (n,) array, got {y.dtype} {y.shape}"
    assert y.min() >= 0 and y.max() < W.shape[1], "a label is outside 0..c-1"
    assert lr > 0, f"lr = {lr!r} must be positive"
