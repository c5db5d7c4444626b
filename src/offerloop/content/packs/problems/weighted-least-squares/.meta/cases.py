import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0], [1.0]]), np.array([0.0, 10.0]), np.array([3.0, 1.0]), name="a weighted mean"),
        case(np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]]), np.array([1.0, 2.0, 5.0]), np.array([1.0, 1.0, 1.0]), name="equal weights"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[2.0]]), np.array([6.0]), np.array([0.5]), name="a single sample"),
        case(np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0], [1.0, 3.0]]), np.array([0.0, 1.0, 2.0, 10.0]), np.array([1.0, 1.0, 1.0, 1e-6]),
             name="a nearly ignored outlier"),
        case(np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]]), np.array([1.0, 3.0, 2.0]), np.array([100.0, 1.0, 100.0]), name="two heavy points"),
    ]
    for n, d in ((10, 2), (50, 4), (200, 3)):
        X = np.hstack([np.ones((n, 1)), rng.normal(size=(n, d - 1))])
        sig = rng.uniform(0.2, 3.0, size=n)
        y = X @ rng.normal(size=d) + rng.normal(size=n) * sig
        cases.append(case(X, y, 1 / sig ** 2, name=f"heteroscedastic {n}x{d}"))
    return cases
