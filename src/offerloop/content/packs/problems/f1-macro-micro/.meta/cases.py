import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([0, 0, 0, 1, 2], [0, 0, 1, 1, 0], name="three classes"),
        case([1, 1, 2, 2], [1, 1, 2, 2], name="all correct"),
    ]


def hidden(rng):
    cases = [
        case([3], [3], name="a single sample"),
        case([0, 0, 0, 0], [0, 0, 0, 5], name="a class only in the predictions"),
        case([0, 1, 2, 3], [1, 2, 3, 0], name="all wrong"),
        case([0] * 9 + [1], [0] * 10, name="a rare class never predicted"),
        case([0, 1, 1, 2, 2, 2], [0, 2, 1, 2, 1, 2], name="confusions between two classes"),
        case([1, 0, 1, 0, 1], [1, 1, 1, 0, 0], name="binary labels"),
    ]
    for n, k in ((40, 3), (200, 6)):
        y = rng.integers(0, k, size=n)
        yp = np.where(rng.random(n) < 0.5, y, rng.integers(0, k, size=n))
        cases.append(case(y.tolist(), yp.tolist(), name=f"random n={n}, classes={k}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: non-empty integer label sequences of one length."""
    y, yp = args
    assert len(y) >= 1 and len(yp) == len(y), "y_true and y_pred must be non-empty and of one length"
    assert all(type(v) is int for v in list(y) + list(yp)), "labels are ints"
