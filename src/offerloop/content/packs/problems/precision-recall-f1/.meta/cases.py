import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([1, 0, 1, 1, 0, 0], [1, 1, 1, 0, 0, 0], name="two of three found"),
        case([1, 1, 0, 0], [1, 0, 0, 0], name="perfect precision, half recall"),
    ]


def hidden(rng):
    cases = [
        case([1], [1], name="a single correct positive"),
        case([0], [0], name="a single negative: every denominator is zero"),
        case([1, 1, 0], [0, 0, 0], name="no predicted positives"),
        case([0, 0, 0], [1, 0, 1], name="no real positives"),
        case([1, 0, 1, 0], [0, 1, 0, 1], name="all wrong: precision and recall are both zero"),
        case([1, 1, 1, 1], [1, 1, 1, 1], name="all positive and all right"),
        case([0, 0, 0, 0, 0, 0, 0, 0, 0, 1], [0, 0, 0, 0, 0, 0, 0, 0, 1, 1], name="imbalanced"),
        case([1, 1, 1, 0, 0, 0, 0, 0], [1, 0, 0, 1, 1, 1, 1, 0], name="precision and recall differ"),
    ]
    for n, pos in ((30, 0.5), (200, 0.1), (1000, 0.3)):
        y = (rng.random(n) < pos).astype(int)
        flip = rng.random(n) < 0.25
        yp = np.where(flip, 1 - y, y)
        cases.append(case(y, yp, name=f"random n={n}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: y_true and y_pred have the same length and hold only 0 and 1."""
    y_true, y_pred = (np.asarray(a) for a in args)
    assert y_true.ndim == 1 and y_true.shape == y_pred.shape, f"lengths differ: {y_true.shape} and {y_pred.shape}"
    assert len(y_true) >= 1, "the labels are empty"
    for name, y in (("y_true", y_true), ("y_pred", y_pred)):
        assert y.dtype.kind in "iub" and set(np.unique(y).tolist()) <= {0, 1}, f"{name} holds a value other than 0 and 1"
