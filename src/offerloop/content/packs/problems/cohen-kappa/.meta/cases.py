import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([1, 1, 0, 0], [1, 0, 0, 0], name="four items"),
        case([0, 1, 2, 0, 1, 2], [0, 1, 2, 0, 1, 2], name="perfect agreement"),
    ]


def hidden(rng):
    cases = [
        case([3, 3, 3], [3, 3, 3], name="one label everywhere"),
        case([1, 0, 1, 0], [0, 1, 0, 1], name="complete disagreement"),
        case([0] * 9 + [1], [0] * 8 + [1, 0], name="a dominant label"),
        case([0, 0, 1, 1, 2], [0, 3, 1, 3, 2], name="a label only one rater uses"),
    ]
    for n, k in ((30, 3), (300, 4)):
        a = rng.integers(0, k, size=n)
        b = np.where(rng.random(n) < 0.6, a, rng.integers(0, k, size=n))
        cases.append(case(a.tolist(), b.tolist(), name=f"random n={n}, K={k}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: two non-empty label sequences of equal length."""
    a, b = args
    assert len(a) >= 1 and len(b) == len(a), "a and b must be non-empty and of equal length"
    assert all(type(v) is int for v in list(a) + list(b)), "labels are ints"
