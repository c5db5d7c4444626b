import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[2.0, 0.0], [0.0, 0.0], [-2.0, 0.0], [0.0, 1.0], [0.0, -1.0]]), 1, name="axis-aligned spread"),
        case(np.array([[1.0, 1.0], [2.0, 2.0], [3.0, 3.5], [4.0, 3.9]]), 2, name="two components of a diagonal cloud"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[1.0, -3.0], [3.0, -7.0]]), 1, name="two samples"),
        case(np.array([[100.0, 5.0, 1.0], [102.0, 5.0, 2.0], [98.0, 5.0, 0.0], [101.0, 5.0, 4.0]]), 2, name="a constant feature and an offset"),
        case(np.array([[-1.0, -10.0], [1.0, -12.0], [2.0, -15.0], [-2.0, -9.0]]), 1, name="the dominant entry is negative before flipping"),
    ]
    X = rng.normal(size=(30, 3)) @ np.diag([5.0, 2.0, 0.5]) + 1e6
    cases.append(case(X, 2, name="a large offset"))
    for n, d, k in ((10, 4, 2), (40, 6, 3), (25, 3, 3)):
        A = rng.normal(size=(d, d)) * np.linspace(3, 0.5, d)
        cases.append(case(rng.normal(size=(n, d)) @ A + rng.normal(size=d), k, name=f"random {n}x{d}, k={k}"))
    return cases
