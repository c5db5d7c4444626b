import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[0.0], [1.0]]), np.array([0.0, 1.0]), np.array([[1.0]]), 1.0, 1.0, name="two points"),
        case(np.array([[0.0], [1.0], [2.0], [3.0]]), np.array([0.0, 1.0, 4.0, 9.0]), np.array([[1.5], [10.0]]), 0.1, 0.5,
             name="interpolation and far away"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[2.0, 2.0]]), np.array([5.0]), np.array([[2.0, 2.0], [3.0, 2.0]]), 0.5, 1.0, name="a single training point"),
        case(np.array([[0.0], [0.0], [1.0]]), np.array([1.0, 3.0, 2.0]), np.array([[0.0]]), 0.01, 2.0, name="duplicated training points"),
        case(np.array([[0.0], [1.0]]), np.array([100.0, 102.0]), np.array([[0.5]]), 1.0, 1.0, name="targets far from zero (no centring)"),
    ]
    for n, d, lam, g in ((15, 1, 0.1, 2.0), (40, 3, 1.0, 0.3), (60, 2, 0.01, 1.0)):
        X = rng.uniform(-2, 2, size=(n, d))
        y = np.sin(X).sum(axis=1) + 0.1 * rng.normal(size=n)
        cases.append(case(X, y, rng.uniform(-2, 2, size=(5, d)), lam, g, name=f"random n={n}, d={d}"))
    return cases
