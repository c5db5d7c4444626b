import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[2.0, 0.0], [0.0, 2.0]]), np.zeros(2), np.array([[4.0, 0.0], [0.0, 1.0]]), name="a diagonal covariance"),
        case(np.array([[1.0, 1.0], [1.0, -1.0]]), np.zeros(2), np.array([[2.0, 1.0], [1.0, 2.0]]), name="correlated features"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[5.0]]), np.array([3.0]), np.array([[0.25]]), name="one dimension"),
        case(np.array([[1.0, 2.0, 3.0]]), np.array([1.0, 2.0, 3.0]), np.eye(3), name="the mean itself"),
        case(np.array([[1e6 + 1.0, 1e6], [1e6, 1e6 - 2.0]]), np.array([1e6, 1e6]), np.array([[1.0, 0.5], [0.5, 2.0]]), name="a large mean"),
    ]
    for n, d in ((5, 2), (20, 4), (50, 6)):
        M = rng.normal(size=(d, d))
        cov = M @ M.T + 0.5 * np.eye(d)
        mu = rng.normal(size=d) * 3
        cases.append(case(rng.normal(size=(n, d)) * 2 + mu, mu, cov, name=f"random {n}x{d}"))
    return cases
