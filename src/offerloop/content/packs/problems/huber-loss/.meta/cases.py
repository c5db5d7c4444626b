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
