import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([2.0, 0.2]), 0.5, 1, name="one sweep, one weight zeroed"),
        case(np.array([[1.0, 1.0], [1.0, 2.0], [2.0, 1.0]]), np.array([3.0, 4.0, 4.0]), 0.1, 50, name="correlated features"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[2.0, -1.0]]), np.array([3.0]), 0.2, 3, name="a single sample"),
        case(np.array([[1.0, 0.0], [2.0, 0.0], [3.0, 0.0]]), np.array([1.0, 2.0, 3.0]), 0.1, 5, name="a column of zeros"),
        case(np.array([[1.0, 2.0], [2.0, -1.0]]), np.array([1.0, 1.0]), 100.0, 4, name="a huge penalty zeroes everything"),
        case(np.array([[1.0, 2.0], [2.0, 1.0], [0.0, 1.0]]), np.array([-3.0, -2.0, -1.0]), 0.3, 2, name="negative weights"),
        case(np.array([[1.0, 1.0], [1.0, 1.0], [1.0, 1.0]]), np.array([1.0, 2.0, 3.0]), 0.0, 3, name="identical columns, no penalty"),
    ]
    for n, d, lam, k in ((20, 4, 0.1, 10), (50, 8, 0.05, 20), (30, 3, 0.5, 3)):
        X = rng.normal(size=(n, d))
        w = rng.normal(size=d) * (rng.random(d) < 0.5)
        cases.append(case(X, X @ w + 0.1 * rng.normal(size=n), lam, k, name=f"random {n}x{d}, lam={lam}"))
    return cases
