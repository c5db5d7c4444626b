import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([10.0, 20.0], 0.9, name="two values"),
        case([1.0, 1.0, 1.0, 1.0], 0.5, name="a constant sequence stays constant"),
    ]


def hidden(rng):
    cases = [
        case([7.0], 0.99, name="a single value"),
        case([1.0, 2.0, 3.0], 0.0, name="beta = 0 copies the data"),
        case([1e9, -1e9, 1e9], 0.999, name="large alternating values"),
        case([0.0, 0.0, 5.0, 0.0], 0.8, name="a spike"),
    ]
    for n, beta in ((20, 0.9), (200, 0.99)):
        cases.append(case((rng.normal(size=n) + np.linspace(0, 3, n)).tolist(), beta, name=f"a noisy trend n={n}, beta={beta}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: a non-empty sequence of finite floats and 0 <= beta < 1."""
    values, beta = args
    assert len(values) >= 1 and all(isinstance(v, float) and np.isfinite(v) for v in values), "values: a non-empty float sequence"
    assert 0 <= beta < 1, f"beta = {beta!r} must be in [0, 1)"
