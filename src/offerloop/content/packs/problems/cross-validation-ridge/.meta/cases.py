import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[0.0], [1.0], [2.0], [3.0]]), np.array([0.0, 2.0, 4.0, 6.0]), 2, 1.0, name="four points, two folds"),
        case(np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [2.0, 1.0], [0.0, 2.0]]), np.array([1.0, 1.0, 2.0, 3.0, 2.0]), 5, 0.1,
             name="leave-one-out"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[1.0, 3.0], [2.0, 3.0], [3.0, 3.0], [4.0, 3.0], [5.0, 3.0]]), np.array([1.0, 2.0, 2.0, 4.0, 5.0]), 2, 0.5,
             name="a constant column"),
        case(np.array([[0.0], [0.0], [5.0]]), np.array([1.0, 2.0, 3.0]), 3, 1.0, name="a training part with zero spread"),
    ]
    for n, d, k, lam in ((11, 2, 3, 1.0), (40, 4, 5, 10.0), (23, 3, 4, 0.1)):
        X = rng.normal(size=(n, d)) * rng.uniform(1, 50, size=d) + np.linspace(0, 30, n)[:, None]  # drifts: folds differ
        y = X @ rng.normal(size=d) * 0.1 + rng.normal(size=n)
        cases.append(case(X, y, k, lam, name=f"random {n}x{d}, k={k}, lam={lam}"))
    return cases
