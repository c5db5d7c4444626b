import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0, 2.0], [2.0, 1.0], [3.0, 4.0], [4.0, 3.0]]), name="two correlated columns"),
        case(np.array([[1.0, 1.0], [-1.0, 1.0], [1.0, -1.0], [-1.0, -1.0]]), name="orthogonal columns"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[100.0, 200.0], [101.0, 199.0], [102.0, 203.0], [103.0, 200.0], [104.0, 202.0]]), name="large means"),
    ]
    base = rng.normal(size=(40, 2))
    X = np.column_stack([base, base @ np.array([1.0, 1.0]) + 0.1 * rng.normal(size=40)])
    cases.append(case(X, name="a nearly redundant third column"))
    for n, d in ((15, 3), (60, 5), (200, 4)):
        M = rng.normal(size=(d, d)) * 0.5 + np.eye(d)
        cases.append(case(rng.normal(size=(n, d)) @ M + rng.uniform(-10, 10, size=d), name=f"random {n}x{d}"))
    return cases
