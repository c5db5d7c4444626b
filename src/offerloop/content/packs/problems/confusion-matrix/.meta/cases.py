import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([0, 1, 2, 2, 1], [0, 2, 2, 2, 1], name="three classes"),
        case([0, 1, 1], [1, 1, 0], labels=[1, 0], name="a given label order"),
    ]


def hidden(rng):
    cases = [
        case([4], [4], name="a single sample"),
        case([0, 0, 0], [0, 3, 3], name="a class only in the predictions"),
        case([5, 7, 7], [5, 5, 5], name="a class never predicted"),
        case([0, 1, 2, 1], [0, 1, 2, 2], labels=[2, 1], name="labels outside the given set are ignored"),
        case([1, 0, 1, 0], [1, 1, 0, 0], labels=[0, 1, 9], name="a label that never occurs"),
        case([0, 1, 1, 1], [1, 1, 1, 0], name="binary: [[TN, FP], [FN, TP]]"),
    ]
    for n, k in ((30, 3), (100, 5)):
        y = rng.integers(0, k, size=n)
        yp = np.where(rng.random(n) < 0.6, y, rng.integers(0, k, size=n))
        cases.append(case(y.tolist(), yp.tolist(), name=f"random n={n}, classes={k}"))
    y = rng.integers(0, 4, size=40)
    cases.append(case(y.tolist(), rng.integers(0, 4, size=40).tolist(), labels=[3, 1, 0, 2], name="random with a shuffled label order"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: equal-length integer label sequences; labels, when given, are distinct ints."""
    y, yp = args[:2]
    labels = args[2] if len(args) > 2 else kwargs.get("labels")
    assert len(y) >= 1 and len(yp) == len(y), "y_true and y_pred must be non-empty and of equal length"
    assert all(type(v) is int for v in list(y) + list(yp)), "labels are ints"
    if labels is not None:
        assert len(labels) >= 1 and all(type(v) is int for v in labels), "labels is a non-empty list of ints"
        assert len(set(labels)) == len(labels), "labels must be distinct (one row and column each)"
