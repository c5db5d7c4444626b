import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[0.0, 0.0], [2.0, 0.5], [-2.0, -0.5], [0.0, 0.3]]), np.array([[0.0, 1.0], [2.0, 1.5], [-2.0, 0.5], [0.0, 1.2]]),
             name="elongated clouds"),
        case(np.array([[0.0], [1.0]]), np.array([[3.0], [5.0]]), name="one feature"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[3.0, 0.0], [1.0, 0.0], [2.0, 1.0], [2.0, -1.0]]), np.array([[0.0, 0.0], [-2.0, 0.0], [-1.0, 1.0], [-1.0, -1.0]]),
             name="class 1 on the negative side"),
        case(np.array([[1e4, 0.0], [1e4 + 1, 1.0], [1e4 - 1, 0.5]]), np.array([[1e4 + 2, 2.0], [1e4 + 3, 2.5], [1e4 + 1, 3.0]]), name="a large offset"),
    ]
    for n0, n1, d in ((20, 30, 2), (50, 15, 4), (40, 40, 6)):
        M = rng.normal(size=(d, d))
        shift = rng.normal(size=d)
        cases.append(case(rng.normal(size=(n0, d)) @ M, rng.normal(size=(n1, d)) @ M + shift, name=f"shared covariance {n0}/{n1}, d={d}"))
    return cases
