import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([0, 0, 0, 1], name="three to one"),
        case([2, 5, 2, 5], name="already balanced"),
    ]


def hidden(rng):
    cases = [
        case([4], name="a single sample"),
        case([1, 1, 1, 1, 1], name="a single class"),
        case([0] * 999 + [1], name="one in a thousand"),
        case([3, 1, 2, 3, 3, 2], name="three classes"),
    ]
    for n, k in ((50, 3), (400, 6)):
        p = rng.dirichlet(np.ones(k))
        cases.append(case(rng.choice(k, size=n, p=p).tolist(), name=f"random n={n}, K={k}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: y is a non-empty sequence of integer labels."""
    (y,) = args
    assert len(y) >= 1, "y must be non-empty (n / (K n_c) needs a class)"
    assert all(type(v) is int for v in y), "labels are ints"
