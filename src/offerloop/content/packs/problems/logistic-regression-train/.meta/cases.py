import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[0.0], [1.0], [2.0], [3.0]]), np.array([0.0, 0.0, 1.0, 1.0]), 0.5, 2, name="two steps"),
        case(np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]), np.array([1.0, 0.0, 1.0]), 0.1, 100, name="a hundred steps"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[1.0, 2.0]]), np.array([1.0]), 0.3, 5, name="a single sample"),
        case(np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([0.0, 1.0]), 0.1, 0, name="zero iterations"),
        case(np.array([[2.0, 1.0], [4.0, 1.0], [-1.0, 1.0]]), np.array([1.0, 1.0, 0.0]), 0.2, 30, name="a constant feature"),
        case(np.array([[50.0], [-60.0], [80.0]]), np.array([1.0, 0.0, 1.0]), 0.5, 20, name="large values saturate the sigmoid"),
    ]
    for n, d, k in ((20, 2, 50), (60, 4, 25), (150, 3, 10)):
        X = rng.normal(size=(n, d))
        y = ((X @ rng.normal(size=d) + 0.5 * rng.normal(size=n)) > 0).astype(float)
        cases.append(case(X, y, 0.3, k, name=f"random {n}x{d}, {k} steps"))
    return cases
