import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[10, 20], [20, 10]]), name="a 2x2 table"),
        case(np.array([[5, 5, 5], [5, 5, 5]]), name="perfect independence"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[1, 0], [0, 1]]), name="a tiny table"),
        case(np.array([[100000, 120000], [90000, 80000]]), name="large counts"),
        case(np.array([[3, 0, 7], [0, 4, 1], [6, 2, 2], [1, 1, 9]]), name="a 4x3 table with zeros"),
        case(np.array([[12, 5], [7, 9], [4, 11]]), name="a 3x2 table"),
    ]
    for r, c in ((2, 2), (3, 4), (5, 2)):
        cases.append(case(rng.integers(1, 60, size=(r, c)), name=f"random {r}x{c}"))
    return cases
