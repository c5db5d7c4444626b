import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[2.0]]), np.array([0.0]), np.array([1.0]), 0.1, 1, name="one step"),
        case(np.array([[3.0, 0.0], [0.0, 0.5]]), np.array([1.0, 1.0]), np.array([0.0, 0.0]), 0.05, 30, name="thirty steps"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([1.0, 2.0]), np.array([0.5, 0.5]), 0.1, 0, name="zero steps"),
        case(np.array([[1.0]]), np.array([1.0]), np.array([1.0]), 0.1, 5, name="starting at the minimum"),
        case(np.array([[1e4, 0.0], [0.0, 1e-2]]), np.array([1.0, 1.0]), np.array([1.0, 1.0]), 0.01, 40, name="wildly different curvatures"),
        case(np.array([[2.0, 0.0], [0.0, 2.0]]), np.array([0.0, 0.0]), np.array([1e-7, -1e-7]), 0.01, 3, name="tiny gradients"),
    ]
    for d, k in ((3, 20), (6, 60)):
        M = rng.normal(size=(d, d))
        cases.append(case(M @ M.T + np.eye(d), rng.normal(size=d), rng.normal(size=d), 0.05, k, name=f"random {d}-D, {k} steps"))
    return cases
