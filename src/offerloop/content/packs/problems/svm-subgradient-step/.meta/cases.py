import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([1, -1]), np.array([1.0, 0.0]), 0.0, 0.1, 0.5, name="one active sample"),
        case(np.array([[2.0], [-1.0], [0.5]]), np.array([1, -1, 1]), np.array([0.0]), 0.0, 0.01, 0.1, name="from zero weights"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[3.0, 4.0]]), np.array([1]), np.array([1.0, 1.0]), 1.0, 0.5, 0.1, name="a single inactive sample"),
        case(np.array([[1.0], [2.0], [-1.0]]), np.array([1, 1, -1]), np.array([1.0]), 0.0, 0.0, 1.0, name="margins exactly 1 and 2"),
        case(np.array([[1.0, 1.0], [-1.0, -1.0]]), np.array([-1, 1]), np.array([0.5, 0.5]), 0.2, 1.0, 0.05, name="both on the wrong side"),
        case(np.array([[0.5], [1.0], [-0.5]]), np.array([1, 1, -1]), np.array([2.0]), 0.0, 0.3, 0.2, name="margins exactly 1 with regularisation"),
    ]
    for n, d in ((20, 3), (100, 5)):
        X = rng.normal(size=(n, d))
        y = np.where(X[:, 0] + 0.5 * rng.normal(size=n) > 0, 1, -1)
        cases.append(case(X, y, rng.normal(size=d), float(rng.normal()), 0.05, 0.1, name=f"random {n}x{d}"))
    return cases
