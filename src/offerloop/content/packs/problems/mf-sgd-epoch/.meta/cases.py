import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0, 0.0]]), np.array([[1.0, 1.0]]), [(0, 0, 3.0)], 0.1, 0.0, name="one rating, no regularisation"),
        case(np.array([[0.5, 0.5], [1.0, -1.0]]), np.array([[1.0, 0.0], [0.0, 1.0]]), [(0, 1, 4.0), (1, 0, 2.0)], 0.05, 0.1,
             name="two ratings with regularisation"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[2.0]]), np.array([[1.5]]), [(0, 0, 3.0)], 0.1, 0.5, name="a perfect prediction still shrinks (reg)"),
        case(np.array([[1.0, 1.0]]), np.array([[1.0, 1.0]]), [(0, 0, 5.0)] * 3, 0.05, 0.0, name="the same rating three times"),
        case(np.array([[1.0, 2.0]]), np.array([[0.5, 0.5]]), [], 0.1, 0.1, name="no ratings"),
    ]
    for i in range(4):
        nu, ni, f = int(rng.integers(3, 8)), int(rng.integers(3, 8)), int(rng.integers(2, 5))
        P, Q = rng.normal(size=(nu, f)) * 0.5, rng.normal(size=(ni, f)) * 0.5
        ratings = [(int(rng.integers(nu)), int(rng.integers(ni)), float(rng.integers(1, 6))) for _ in range(int(rng.integers(10, 30)))]
        cases.append(case(P, Q, ratings, 0.02, 0.05, name=f"random {nu} users x {ni} items"))
    return cases
