import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([[2.0, 1.0], [1.0, 3.0]], [3.0, 5.0], name="a 2x2 system"),
        case([[1.0, 2.0], [2.0, 4.0]], [1.0, 2.0], name="a singular matrix"),
    ]


def hidden(rng):
    cases = [
        case([[4.0]], [2.0], name="a 1x1 system"),
        case([[0.0, 1.0], [1.0, 1.0]], [2.0, 3.0], name="a zero in the first pivot"),
        case([[1e-20, 1.0], [1.0, 1.0]], [1.0, 2.0], name="a tiny first pivot"),
        case([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]], [1.0, 2.0, 3.0], name="singular by rounding"),
        case([[0.0, 0.0], [0.0, 0.0]], [0.0, 0.0], name="the zero matrix"),
        case([[2.0, -1.0, 0.0], [-1.0, 2.0, -1.0], [0.0, -1.0, 2.0]], [1.0, 0.0, 1.0], name="a tridiagonal 3x3"),
        case([[1e6, 2e6], [3e6, 1e6]], [5e6, 5e6], name="large entries"),
    ]
    for n in (3, 5, 8):
        A = rng.normal(size=(n, n)) + n * np.eye(n) * rng.choice([-1, 1])
        A[0, 0] = 0.0  # the first pivot needs a swap
        b = rng.normal(size=n)
        cases.append(case(A.tolist(), b.tolist(), name=f"random {n}x{n}"))
    return cases
