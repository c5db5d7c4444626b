import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[0.0], [1.0], [2.0], [10.0]]), np.array([1, 1, 0, 0]), np.array([[1.2], [9.0]]), 3, name="one feature, k = 3"),
        case(np.array([[0.0, 0.0], [0.0, 1.0], [5.0, 5.0]]), np.array([0, 0, 1]), np.array([[4.0, 4.0]]), 1, name="k = 1"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[1.0, 1.0]]), np.array([3]), np.array([[0.0, 0.0], [9.0, 9.0]]), 1, name="a single training sample"),
        case(np.array([[0.0], [2.0], [4.0], [6.0]]), np.array([2, 1, 2, 1]), np.array([[3.0], [1.0]]), 2, name="a vote tie: smallest label"),
        case(np.array([[-1.0], [1.0], [3.0]]), np.array([5, 2, 2]), np.array([[0.0]]), 1, name="a distance tie: lower index"),
        case(np.array([[1.0], [-1.0], [1.0], [-1.0]]), np.array([3, 1, 2, 1]), np.array([[0.0]]), 3, name="four equidistant, k = 3"),
        case(np.array([[0.0], [1.0], [2.0]]), np.array([2, 0, 1]), np.array([[1.0]]), 3, name="k = n, three-way tie"),
        case(np.array([[1e8, 0.0], [1e8 + 1, 0.0], [1e8 + 3, 0.0]]), np.array([0, 1, 1]), np.array([[1e8 + 2.1, 0.0]]), 2, name="large coordinates"),
    ]
    for n, m, d, k, c in ((20, 5, 2, 3, 3), (60, 10, 4, 5, 4), (40, 8, 1, 4, 2)):
        X = rng.integers(0, 4, size=(n, d)).astype(float)  # small integers: many distance ties
        cases.append(case(X, rng.integers(0, c, size=n), rng.integers(0, 4, size=(m, d)).astype(float), k, name=f"integer grid n={n}, k={k}"))
    return cases
