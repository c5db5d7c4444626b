import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[2.0, 0.0], [0.0, 1.0]]), np.array([1.0, 1.0]), 2, name="two steps on a diagonal matrix"),
        case(np.array([[2.0, 1.0], [1.0, 2.0]]), np.array([1.0, 0.0]), 50, name="converged: eigenvalue 3"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[4.0, 1.0], [2.0, 3.0]]), np.array([3.0, 4.0]), 0, name="zero iterations"),
        case(np.array([[5.0]]), np.array([-2.0]), 3, name="a 1x1 matrix"),
        case(np.array([[-3.0, 0.0], [0.0, 1.0]]), np.array([1.0, 1.0]), 60, name="a negative dominant eigenvalue"),
        case(np.array([[1e3, 2e2], [2e2, 5e2]]), np.array([1.0, -1.0]), 300, name="large entries, many steps"),
        case(np.array([[1.0, 2.0, 0.0], [2.0, 1.0, 0.0], [0.0, 0.0, 0.5]]), np.array([1.0, 0.0, 1.0]), 1, name="a single step"),
    ]
    for d, k in ((3, 4), (5, 40), (8, 7)):
        M = rng.normal(size=(d, d))
        cases.append(case(M @ M.T, rng.normal(size=d), k, name=f"random symmetric {d}x{d}, {k} steps"))
    return cases
