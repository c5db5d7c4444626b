import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([0.01, 0.04, 0.03, 0.20], name="four tests"),
        case([0.5, 0.001], name="two tests, unsorted"),
    ]


def hidden(rng):
    cases = [
        case([0.03], name="a single test"),
        case([0.02, 0.02, 0.02], name="ties"),
        case([0.9, 0.8, 0.95], name="adjusted values capped at 1"),
        case([0.001, 0.0105, 0.011, 0.04], name="the minimum from the top matters"),
        case([0.0, 1.0, 0.5], name="p-values of 0 and 1"),
    ]
    for m in (10, 100):
        p = np.where(rng.random(m) < 0.3, rng.random(m) * 0.01, rng.random(m))
        cases.append(case(p.tolist(), name=f"random m={m}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: a non-empty list of p-values in [0, 1]."""
    (p,) = args
    p = np.asarray(p, dtype=float)
    assert p.ndim == 1 and len(p) >= 1, "p_values must be a non-empty 1-D sequence"
    assert np.all((p >= 0) & (p <= 1)), "p-values lie in [0, 1]"
