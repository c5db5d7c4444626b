import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([0.0, 0.0]), np.array([0.5, 3.0]), 1.0, name="one small, one large residual"),
        case(np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0, 3.0]), 0.5, name="a perfect fit"),
    ]


def hidden(rng):
    cases = [
        case(np.array([5.0]), np.array([-5.0]), 2.0, name="a single negative residual"),
        case(np.array([0.0, 0.0]), np.array([1.0, -1.0]), 1.0, name="residuals exactly delta"),
        case(np.array([0.0, 0.0, 0.0]), np.array([1e8, 0.1, -0.2]), 1.0, name="a huge outlier"),
        case(np.array([1.0, 2.0]), np.array([1.5, 2.5]), 10.0, name="delta larger than every residual"),
    ]
    for n, d in ((10, 0.5), (200, 1.35)):
        y = rng.normal(size=n)
        cases.append(case(y, y + rng.standard_t(2, size=n), d, name=f"heavy-tailed noise n={n}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: equal-length 1-D float arrays (n >= 1) and delta > 0.
    (Loss and gradient are continuous at |r| == delta, so that boundary needs no margin.)"""
    y, p, delta = args
    assert isinstance(y, np.ndarray) and isinstance(p, np.ndarray), "y_true and y_pred must be arrays"
    assert y.ndim == 1 and y.shape == p.shape and len(y) >= 1, f"y_true {y.shape} and y_pred {p.shape} must be (n,) with n >= 1"
    assert np.all(np.isfinite(y)) and np.all(np.isfinite(p)), "values must be finite"
    assert isinstance(delta, float) and delta > 0, f"delta = {delta!r} must be a positive float"
