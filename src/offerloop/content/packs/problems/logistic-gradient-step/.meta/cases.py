import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0, 2.0], [2.0, 0.0]]), np.array([1.0, 0.0]), np.zeros(2), 0.0, 0.1, name="from zero weights"),
        case(np.array([[1.0], [-1.0], [2.0]]), np.array([1.0, 0.0, 1.0]), np.array([0.5]), -0.2, 0.5, name="one feature"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[3.0, -1.0]]), np.array([0.0]), np.array([0.2, 0.1]), 0.3, 1.0, name="a single sample"),
        case(np.array([[1.0, 5.0], [2.0, 5.0], [3.0, 5.0]]), np.array([0.0, 1.0, 1.0]), np.array([0.1, -0.1]), 0.0, 0.2, name="a constant feature"),
        case(np.array([[100.0, -300.0], [-200.0, 400.0]]), np.array([0.0, 1.0]), np.array([2.0, 1.0]), 0.5, 0.01, name="saturated logits"),
        case(np.array([[1.0, 1.0], [2.0, 2.0]]), np.array([1.0, 1.0]), np.array([0.0, 0.0]), 1.0, 0.3, name="every label is 1"),
    ]
    for n, d in ((10, 3), (50, 5), (200, 2)):
        X = rng.normal(size=(n, d))
        y = (rng.random(n) < 0.5).astype(float)
        cases.append(case(X, y, rng.normal(size=d), float(rng.normal()), 0.1, name=f"random {n}x{d}"))
    return cases
