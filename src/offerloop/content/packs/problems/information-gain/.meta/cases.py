import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([0, 0, 1, 1]), np.array([True, True, False, False]), name="a perfect split"),
        case(np.array([0, 0, 1, 1]), np.array([True, False, True, False]), name="a useless split"),
    ]


def hidden(rng):
    cases = [
        case(np.array([1]), np.array([True]), name="a single sample"),
        case(np.array([0, 1, 0, 1, 1]), np.array([True] * 5), name="everything goes left"),
        case(np.array([3, 3, 3]), np.array([True, False, False]), name="a pure node"),
        case(np.array([0, 1, 2, 0, 1, 2]), np.array([True, True, False, False, False, False]), name="three classes, uneven sides"),
        case(np.array([0, 0, 0, 2, 2, 1]), np.array([True, True, True, False, False, False]), name="a class absent from one side"),
    ]
    for n, k in ((12, 2), (50, 4), (200, 3)):
        y = rng.integers(0, k, size=n)
        cases.append(case(y, rng.random(n) < 0.4, name=f"random n={n}, classes={k}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: integer labels (n >= 1) and a boolean mask of the same length."""
    y, left = args
    assert isinstance(y, np.ndarray) and y.ndim == 1 and y.dtype.kind in "iu" and len(y) >= 1, "y must be a non-empty 1-D int array"
    assert isinstance(left, np.ndarray) and left.dtype == bool and left.shape == y.shape, "goes_left must be a bool array like y"
