import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[0.0, 0.0], [1.0, 1.0]]), np.array([[3.0, 4.0]]), name="two points against one"),
        case(np.array([[1.0], [4.0]]), np.array([[1.0], [2.0], [-1.0]]), name="one dimension"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[2.0, 2.0, 2.0]]), np.array([[2.0, 2.0, 2.0]]), name="a single identical pair"),
        case(np.array([[1.0, 2.0], [1.0, 2.0]]), np.array([[1.0, 2.0]]), name="duplicated rows"),
    ]
    X = rng.normal(size=(6, 4))
    cases.append(case(X, X.copy(), name="a set against itself (zero diagonal)"))
    for n, m, d in ((5, 3, 2), (12, 7, 10), (1, 9, 3), (9, 1, 5)):
        cases.append(case(rng.normal(size=(n, d)) * 3, rng.normal(size=(m, d)) * 3, name=f"random {n}x{m}, d={d}"))
    return cases
