import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[10.0]]), np.array([0.0]), np.array([1.0]), name="a steep 1-D bowl"),
        case(np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([1.0, 1.0]), np.array([0.0, 0.0]), name="the full step is accepted"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[2.0]]), np.array([4.0]), np.array([2.0]), name="already at the minimum"),
        case(np.array([[100.0, 0.0], [0.0, 1.0]]), np.array([0.0, 0.0]), np.array([1.0, 1.0]), t0=1.0, alpha=0.1, beta=0.8, name="ill-conditioned, gentle shrinking"),
        case(np.array([[1000.0]]), np.array([0.0]), np.array([0.5]), t0=2.0, alpha=0.4, beta=0.3, name="a large curvature"),
        case(np.array([[1.5]]), np.array([0.0]), np.array([1.0]), alpha=0.3, beta=0.5, name="alpha decides between two steps"),
    ]
    for d in (3, 6):
        M = rng.normal(size=(d, d))
        A = M @ M.T + np.eye(d)
        cases.append(case(A, rng.normal(size=d), rng.normal(size=d) * 3, t0=1.0, alpha=0.25, beta=0.6, name=f"random {d}-D"))
    return cases
