import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[0, 2, 1], [1, 2, 1], [1, 0, 0]]), name="three trees"),
        case(np.array([[3, 1], [1, 3]]), name="two trees, both samples tied"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[4, 0, 2]]), name="a single tree"),
        case(np.array([[1], [0], [2], [2], [0]]), name="a single sample, two-way tie"),
        case(np.array([[2, 5], [5, 2], [7, 7], [7, 9]]), name="gaps in the labels"),
        case(np.array([[1, 1], [1, 1], [1, 1]]), name="unanimous"),
        case(np.array([[0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2], [2, 0, 3, 1]]), name="every label once per sample"),
    ]
    for t, n, k in ((4, 20, 3), (10, 50, 5), (6, 30, 2)):
        cases.append(case(rng.integers(0, k, size=(t, n)), name=f"random {t} trees, {n} samples"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: an integer (n_trees, n_samples) array of non-negative labels."""
    (P,) = args
    assert isinstance(P, np.ndarray) and P.ndim == 2 and P.shape[0] >= 1 and P.shape[1] >= 1, "predictions must be (n_trees, n_samples)"
    assert P.dtype.kind in "iu", f"predictions have dtype {P.dtype}, not integer"
    assert P.min() >= 0, "a label is negative"
