import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[10, 20], [20, 10]]), name="a 2x2 table"),
        case(np.array([[5, 5, 5], [5, 5, 5]]), name="perfect independence"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[1, 0], [0, 1]]), name="a tiny table"),
        case(np.array([[100000, 120000], [90000, 80000]]), name="large counts"),
        case(np.array([[3, 0, 7], [0, 4, 1], [6, 2, 2], [1, 1, 9]]), name="a 4x3 table with zeros"),
        case(np.array([[12, 5], [7, 9], [4, 11]]), name="a 3x2 table"),
    ]
    for r, c in ((2, 2), (3, 4), (5, 2)):
        cases.append(case(rng.integers(1, 60, size=(r, c)), name=f"random {r}x{c}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: an (r, c) table of non-negative int counts, r, c >= 2, every row and column total positive."""
    (table,) = args
    t = np.asarray(table)
    assert t.ndim == 2 and t.shape[0] >= 2 and t.shape[1] >= 2, "table must be (r, c) with r, c >= 2"
    assert t.dtype.kind in "iu" and np.all(t >= 0), "counts are non-negative ints"
    assert np.all(t.sum(axis=1) > 0) and np.all(t.sum(axis=0) > 0), "every row and column total is positive"
