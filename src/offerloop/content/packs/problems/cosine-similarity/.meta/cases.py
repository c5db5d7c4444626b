import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0, 0.0], [1.0, 1.0]]), np.array([[2.0, 0.0], [0.0, 3.0], [-1.0, -1.0]]), name="small 2-D vectors"),
        case(np.array([[1.0, 2.0, 3.0]]), np.array([[2.0, 4.0, 6.0]]), name="parallel vectors"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[0.0, 0.0], [1.0, 2.0]]), np.array([[3.0, 1.0], [0.0, 0.0]]), name="zero rows on both sides"),
        case(np.array([[5.0]]), np.array([[-2.0], [3.0]]), name="one dimension"),
        case(np.array([[1e200, 1e200]]), np.array([[1e200, 0.0]]), name="huge entries"),
        case(np.array([[3.0, 4.0], [6.0, 8.0]]), np.array([[3.0, 4.0]]), name="same direction, different lengths"),
    ]
    for n, m, d in ((4, 3, 5), (10, 7, 16), (1, 20, 3)):
        A = rng.normal(size=(n, d)) * rng.uniform(0.1, 10, size=(n, 1))
        B = rng.normal(size=(m, d)) * rng.uniform(0.1, 10, size=(m, 1))
        cases.append(case(A, B, name=f"random {n}x{m}, d={d}"))
    return cases
