import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0], [2.0]]), np.array([2.0, 4.0]), 0.1, 1, [1, 0], name="one epoch, reversed order"),
        case(np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]), np.array([1.0, -1.0, 0.0]), 0.05, 5, [0, 1, 2], name="five epochs"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[2.0, 1.0]]), np.array([3.0]), 0.1, 4, [0], name="a single sample"),
        case(np.array([[1.0], [2.0], [3.0]]), np.array([1.0, 2.0, 3.0]), 0.05, 3, [2, 0, 1], name="a permuted order"),
        case(np.array([[1.0, 4.0], [2.0, 4.0], [3.0, 4.0]]), np.array([2.0, 1.0, 0.0]), 0.005, 6, [1, 2, 0], name="a constant feature"),
        case(np.array([[1.0], [2.0]]), np.array([1.0, 5.0]), 0.05, 2, [1, 1, 0], name="an index visited twice"),
    ]
    for n, d, ep in ((10, 2, 3), (30, 4, 2), (60, 3, 1)):
        X = rng.normal(size=(n, d))
        y = X @ rng.normal(size=d) + 0.5 + 0.1 * rng.normal(size=n)
        cases.append(case(X, y, 0.02, ep, rng.permutation(n).tolist(), name=f"random {n}x{d}, {ep} epochs"))
    return cases
