import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[3.0, 1.0], [4.0, 2.0]]), name="a 2x2 matrix"),
        case(np.array([[1.0, 1.0], [1.0, 0.0], [0.0, 1.0]]), name="a tall 3x2 matrix"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[-2.0], [0.0], [0.0]]), name="a single negative column"),
        case(np.array([[0.0, 1.0], [-1.0, 0.0]]), name="orthogonal columns"),
        case(np.array([[1.0, 1.0, 1.0], [0.0, 1.0, 1.0], [0.0, 0.0, 1.0], [1.0, 0.0, 1.0]]), name="non-orthogonal columns"),
        case(np.array([[1e6, 1e6 + 1.0], [1.0, 2.0]]), name="nearly parallel large columns"),
    ]
    for m, n in ((5, 3), (8, 8), (20, 4)):
        cases.append(case(rng.normal(size=(m, n)), name=f"random {m}x{n}"))
    return cases
