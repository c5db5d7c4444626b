import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0]]), np.array([0.0]), np.array([1.0]), 0.1, 0.9, 2, name="two steps in 1-D"),
        case(np.array([[10.0, 0.0], [0.0, 1.0]]), np.array([1.0, 1.0]), np.array([0.0, 0.0]), 0.05, 0.8, 20, name="an elongated bowl"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[2.0]]), np.array([4.0]), np.array([0.0]), 0.1, 0.9, 1, name="a single step"),
        case(np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([1.0, 2.0]), np.array([5.0, 5.0]), 0.1, 0.0, 10, name="beta = 0 is gradient descent"),
        case(np.array([[2.0, 0.5], [0.5, 1.0]]), np.array([1.0, -1.0]), np.array([3.0, 3.0]), 0.2, 0.5, 0, name="zero steps"),
        case(np.array([[100.0, 0.0], [0.0, 1.0]]), np.array([0.0, 0.0]), np.array([1.0, 1.0]), 0.01, 0.9, 40, name="condition number 100"),
    ]
    for d, k in ((3, 10), (5, 30)):
        M = rng.normal(size=(d, d))
        A = M @ M.T / d + np.eye(d)
        lr = 0.5 / np.linalg.eigvalsh(A).max()
        cases.append(case(A, rng.normal(size=d), rng.normal(size=d), float(lr), 0.7, k, name=f"random {d}-D, {k} steps"))
    return cases
