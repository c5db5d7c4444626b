import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[4.0, 1.0], [1.0, 3.0]]), np.array([1.0, 2.0]), 1, name="one iteration"),
        case(np.array([[4.0, 1.0], [1.0, 3.0]]), np.array([1.0, 2.0]), 2, name="two iterations solve it"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[5.0]]), np.array([10.0]), 3, name="1x1: solved in one step, then stops"),
        case(np.array([[2.0, 0.0], [0.0, 2.0]]), np.array([0.0, 0.0]), 4, name="b = 0"),
        case(np.array([[1.0, 0.0, 0.0], [0.0, 10.0, 0.0], [0.0, 0.0, 100.0]]), np.array([1.0, 1.0, 1.0]), 2, name="stopped early"),
        case(np.array([[2.0, 1.0], [1.0, 2.0]]), np.array([1.0, 1.0]), 0, name="zero iterations"),
    ]
    for d, k in ((4, 2), (8, 3), (8, 20)):
        M = rng.normal(size=(d, d))
        cases.append(case(M @ M.T + np.eye(d), rng.normal(size=d), k, name=f"random {d}-D, {k} iterations"))
    return cases
