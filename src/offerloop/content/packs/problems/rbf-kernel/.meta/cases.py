import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[0.0, 0.0], [1.0, 1.0]]), np.array([[0.0, 0.0], [1.0, 0.0]]), 0.5, name="two points each"),
        case(np.array([[1.0], [2.0], [4.0]]), np.array([[1.0], [2.0], [4.0]]), 1.0, name="a Gram matrix in 1-D"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[3.0, -1.0]]), np.array([[3.0, -1.0]]), 2.0, name="one identical pair"),
        case(np.array([[0.0], [0.5]]), np.array([[1.0], [2.0]]), 0.1, name="a small gamma"),
        case(np.array([[0.0, 0.0]]), np.array([[0.3, 0.4], [3.0, 4.0]]), 0.25, name="distances 0.5 and 5"),
    ]
    for n, m, d, g in ((5, 4, 3, 0.3), (12, 9, 6, 0.05), (1, 15, 2, 1.5)):
        cases.append(case(rng.normal(size=(n, d)), rng.normal(size=(m, d)), g, name=f"random {n}x{m}, gamma={g}"))
    X = rng.normal(size=(8, 4))
    cases.append(case(X, X.copy(), 0.2, name="a random Gram matrix"))
    return cases
