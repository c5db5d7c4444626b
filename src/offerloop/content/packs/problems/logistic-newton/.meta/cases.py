import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0], [1.0, 3.0]]), np.array([0.0, 1.0, 0.0, 1.0]), 1, name="one step"),
        case(np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0], [1.0, 3.0]]), np.array([0.0, 1.0, 0.0, 1.0]), 8, name="converged"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[1.0], [1.0], [1.0]]), np.array([1.0, 0.0, 1.0]), 6, name="an intercept only"),
        case(np.array([[1.0, 2.0], [1.0, 3.0]]), np.array([0.0, 1.0]), 0, name="zero iterations"),
        case(np.array([[1.0, -1.0], [1.0, 0.0], [1.0, 1.0], [1.0, 2.0], [1.0, 0.5]]), np.array([0.0, 1.0, 0.0, 1.0, 1.0]), 3, name="three steps"),
    ]
    for n, d, k in ((40, 3, 5), (200, 4, 7), (25, 2, 2)):
        X = np.hstack([np.ones((n, 1)), rng.normal(size=(n, d - 1))])
        logits = X @ rng.normal(size=d) * 0.7
        y = (rng.random(n) < 1 / (1 + np.exp(-logits))).astype(float)
        y[0], y[1] = 0.0, 1.0
        X[0, 1:], X[1, 1:] = X[1, 1:], X[0, 1:]  # break any perfect separation by the sampled labels
        cases.append(case(X, y, k, name=f"random {n}x{d}, {k} steps"))
    return cases
