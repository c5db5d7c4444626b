import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([0, 0, 0, 0, 1], [0, 0, 0, 0, 0], name="a majority-class predictor"),
        case([0, 1, 2, 2], [0, 2, 2, 1], name="three classes"),
    ]


def hidden(rng):
    cases = [
        case([3], [3], name="a single sample"),
        case([1, 1, 1], [1, 5, 5], name="a label only in the predictions"),
        case([0, 1, 0, 1], [1, 0, 1, 0], name="all wrong"),
        case([0] * 98 + [1, 1], [0] * 99 + [1], name="heavy imbalance"),
    ]
    for n, k in ((50, 3), (400, 5)):
        y = rng.choice(k, size=n, p=np.linspace(1, 3, k) / np.linspace(1, 3, k).sum())
        yp = np.where(rng.random(n) < 0.6, y, rng.integers(0, k + 1, size=n))
        cases.append(case(y.tolist(), yp.tolist(), name=f"random n={n}, classes={k}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: y_true and y_pred are non-empty integer label lists of one length."""
    y, yp = args
    assert len(y) >= 1 and len(yp) == len(y), "y_true and y_pred must be non-empty and of one length"
    assert all(type(v) is int for v in list(y) + list(yp)), "labels are ints"
