import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[0.9, 0.1], [0.5, 0.5]]), name="two states"),
        case(np.array([[0.5, 0.25, 0.25], [0.25, 0.5, 0.25], [0.25, 0.25, 0.5]]), name="a symmetric chain"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[1.0]]), name="a single state"),
        case(np.array([[0.999, 0.001], [0.002, 0.998]]), name="a slowly mixing chain"),
        case(np.array([[0.0, 1.0, 0.0], [0.5, 0.0, 0.5], [0.4, 0.0, 0.6]]), name="zeros on the diagonal"),
        case(np.array([[0.9999, 0.0001, 0.0], [0.0, 0.9999, 0.0001], [0.0001, 0.0, 0.9999]]), name="a sticky cycle"),
    ]
    for n in (4, 10):
        M = rng.random((n, n)) + 0.05
        cases.append(case(M / M.sum(axis=1, keepdims=True), name=f"random {n} states"))
    return cases
