import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([2.0, 4.0, 6.0, 8.0, 10.0], 1000, 0.1, 0, name="five values, 90%"),
        case([1.0, 1.0, 2.0, 3.0, 5.0, 8.0, 13.0], 500, 0.05, 42, name="a skewed sample, 95%"),
    ]


def hidden(rng):
    cases = [
        case([7.5], 100, 0.05, 1, name="a single value"),
        case([3.0, 3.0, 3.0], 200, 0.05, 2, name="a constant sample"),
        case([1e9, 1e9 + 1.0, 1e9 + 3.0, 1e9 + 2.0], 300, 0.2, 3, name="large values"),
        case([0.0, 100.0], 50, 0.5, 4, name="two points, a 50% interval"),
    ]
    for n, b, a in ((10, 400, 0.05), (60, 1000, 0.1), (200, 300, 0.01)):
        cases.append(case(rng.exponential(2.0, size=n).tolist(), b, a, int(rng.integers(0, 10**6)), name=f"random n={n}, B={b}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: a non-empty float sequence, n_boot >= 1, 0 < alpha < 1, an int seed."""
    data, n_boot, alpha, seed = args
    assert len(data) >= 1 and all(isinstance(v, float) for v in data), "data must be a non-empty float sequence"
    assert type(n_boot) is int and n_boot >= 1, f"n_boot = {n_boot!r}"
    assert 0 < alpha < 1, f"alpha = {alpha!r} must be in (0, 1)"
    assert type(seed) is int and seed >= 0, f"seed = {seed!r} must be a non-negative int"
