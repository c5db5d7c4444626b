import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([5.1, 4.9, 5.6, 5.8, 6.0], 5.0, name="five measurements"),
        case([1.0, 2.0, 3.0, 4.0], 2.5, name="no difference"),
    ]


def hidden(rng):
    cases = [
        case([1.0, 3.0], 0.0, name="two observations (df = 1)"),
        case([10.0, 10.01, 9.99, 10.005, 9.995, 10.002], 5.0, name="a huge t: a tiny p-value"),
        case([-3.0, -2.5, -4.0, -3.5], 0.0, name="a negative t"),
        case([1e9 + 1.0, 1e9 + 2.0, 1e9 + 4.0, 1e9 + 3.0], 1e9, name="large values"),
        case([0.1, -0.1, 0.2, -0.2, 0.05], 0.0, name="t close to 0: p close to 1"),
    ]
    for n in (8, 30, 200):
        cases.append(case(rng.normal(0.4, 2.0, size=n).tolist(), 0.0, name=f"random n={n}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: at least two finite values, not all equal, and a float mu0."""
    sample, mu0 = args
    assert isinstance(sample, list) and len(sample) >= 2, "sample must hold at least two values"
    assert all(isinstance(v, float) and np.isfinite(v) for v in sample), "sample must hold finite floats"
    assert len(set(sample)) >= 2, "sample is constant: s would be 0"
    assert isinstance(mu0, float) and np.isfinite(mu0), f"mu0 = {mu0!r} must be a finite float"
