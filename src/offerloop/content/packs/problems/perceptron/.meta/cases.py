import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[2.0, 1.0], [-1.0, -1.0]]), np.array([1, -1]), 1, name="one epoch"),
        case(np.array([[1.0, 1.0], [2.0, 0.0], [-1.0, 0.0], [0.0, -2.0]]), np.array([1, 1, -1, -1]), 5, name="five epochs"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[3.0]]), np.array([-1]), 3, name="a single sample"),
        case(np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([1, -1]), 0, name="zero epochs"),
        case(np.array([[0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0]]), np.array([1, 1, -1, -1]), 4, name="XOR never settles"),
        case(np.array([[1.0], [1.0], [1.0]]), np.array([1, 1, 1]), 2, name="all one class"),
    ]
    for n, d, ep in ((20, 2, 3), (60, 4, 5)):
        X = rng.normal(size=(n, d))
        y = np.where(X @ rng.normal(size=d) + 0.3 > 0, 1, -1)
        cases.append(case(X, y, ep, name=f"random separable {n}x{d}, {ep} epochs"))
    return cases
