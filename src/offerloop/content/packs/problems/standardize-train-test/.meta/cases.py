import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0, 10.0], [3.0, 10.0]]), np.array([[5.0, 12.0]]), name="a constant training column"),
        case(np.array([[0.0], [2.0], [4.0], [6.0]]), np.array([[3.0], [10.0]]), name="one feature"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[4.0, -2.0, 7.0]]), np.array([[5.0, -2.0, 0.0], [1.0, 1.0, 1.0]]), name="a single training sample"),
        case(np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([[100.0, -100.0], [2.0, 3.0], [0.0, 0.0]]), name="a test set on another scale"),
        case(np.array([[2.0, 5.0], [2.0, 5.0], [2.0, 5.0]]), np.array([[3.0, 4.0]]), name="every column constant"),
    ]
    X = rng.normal(size=(5, 3)) * 1e-3 + 1e8
    cases.append(case(X, rng.normal(size=(4, 3)) * 1e-3 + 1e8, name="large values, small spread"))
    for n_tr, n_te, d in ((10, 4, 3), (50, 50, 5), (200, 30, 8)):
        Xtr = rng.normal(size=(n_tr, d)) * rng.uniform(0.5, 20, size=d) + rng.uniform(-50, 50, size=d)
        Xte = rng.normal(size=(n_te, d)) * 30 + 10  # a shifted distribution: its own stats would differ
        cases.append(case(Xtr, Xte, name=f"random {n_tr}/{n_te}x{d}"))
    return cases
