import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([0, 0, 1, 1, 0, 1, 0], 2, name="two classes, two folds"),
        case([2, 2, 2, 2, 2, 2], 3, name="a single class"),
    ]


def hidden(rng):
    cases = [
        case([5, 7], 2, name="one sample per class"),
        case([1, 0, 1, 0, 1], 4, name="more folds than samples per class"),
        case([0, 0, 0, 1, 1, 1, 2, 2, 2], 2, name="remainders in every class"),
        case([3, 1, 3, 1, 3, 1, 3, 1], 2, name="interleaved labels"),
        case([0] * 9 + [1], 3, name="a rare class"),
    ]
    for n, c, k in ((30, 3, 5), (100, 4, 3), (47, 2, 10)):
        cases.append(case(rng.integers(0, c, size=n).tolist(), k, name=f"random n={n}, classes={c}, k={k}"))
    return cases


SWEEP_SEEDS = 50  # integers only: no float boundary to sweep for


def check_case(args, kwargs):
    """The prompt's promise: a non-empty list of integer labels and an integer k >= 2."""
    y, k = args
    assert len(y) >= 1 and all(type(v) is int for v in y), "y must hold integer labels"
    assert type(k) is int and k >= 2, f"k = {k!r}: at least 2"
