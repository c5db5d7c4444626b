import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([1.0, 1.0]), np.array([2.0, 0.0]), 0.5, 1.0, name="a zero weight"),
        case(np.array([[1.0], [2.0], [3.0]]), np.array([1.0, 2.0, 2.0]), np.array([0.5]), 0.0, 0.0, name="no penalty"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[2.0, -1.0]]), np.array([3.0]), np.array([-1.0, 0.5]), 0.1, 0.2, name="a single sample, a negative weight"),
        case(np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([0.0, 1.0]), np.zeros(2), 0.7, 0.3, name="all weights zero"),
        case(np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([0.0, 1.0]), np.array([0.3, -0.3]), 0.0, 2.0, name="L2 only"),
        case(np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([0.0, 1.0]), np.array([0.3, -0.3]), 2.0, 0.0, name="L1 only"),
        case(np.array([[5.0, 1.0], [5.0, 2.0], [5.0, 3.0]]), np.array([1.0, 2.0, 3.0]), np.array([0.1, 0.9]), 0.05, 0.05, name="a constant feature"),
    ]
    for n, d in ((10, 3), (40, 6), (100, 2)):
        w = rng.normal(size=d)
        w[0] = 0.0
        cases.append(case(rng.normal(size=(n, d)), rng.normal(size=n), w, float(rng.uniform(0, 1)),
                          float(rng.uniform(0, 1)), name=f"random {n}x{d}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: X (n, d), y (n,), w (d,), l1 >= 0 and l2 >= 0 floats."""
    X, y, w, l1, l2 = args
    assert X.ndim == 2 and X.shape[0] >= 1 and y.shape == (X.shape[0],) and w.shape == (X.shape[1],), "X (n, d), y (n,), w (d,)"
    assert isinstance(l1, float) and isinstance(l2, float) and l1 >= 0 and l2 >= 0, f"l1 {l1!r}, l2 {l2!r}: non-negative floats"
