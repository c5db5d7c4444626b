import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([0, 0, 1, 1], [1, 1, 0, 0], name="renamed clusters"),
        case([0, 0, 1, 1], [0, 0, 0, 1], name="chance level"),
    ]


def hidden(rng):
    cases = [
        case([3], [7], name="a single item"),
        case([1, 1, 1], [0, 0, 0], name="one cluster each"),
        case([0, 1, 2, 3], [5, 6, 7, 8], name="all singletons"),
        case([0, 0, 0, 1, 1, 1], [0, 1, 2, 0, 1, 2], name="crossed partitions: negative"),
        case([0, 0, 1, 1, 2, 2], [0, 0, 1, 1, 1, 1], name="two clusters merged"),
    ]
    for n, k in ((30, 3), (200, 5)):
        t = rng.integers(0, k, size=n)
        p = np.where(rng.random(n) < 0.7, (t + 3) % k, rng.integers(0, k, size=n))  # renamed, partly noisy
        cases.append(case(t.tolist(), p.tolist(), name=f"random n={n}, K={k}"))
    return cases


def check_case(args, kwargs):
    """Two label lists of the same non-zero length, integer names."""
    t, p = args
    assert len(t) == len(p) >= 1, f"lengths {len(t)} and {len(p)}: equal and at least 1"
    assert all(type(v) is int for v in list(t) + list(p)), "labels must be integers"
