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


def check_case(args, kwargs):
    """The prompt's promise: A (n, d) and B (m, d) finite float arrays, entries up to about 1e200."""
    A, B = args
    assert A.ndim == 2 and B.ndim == 2 and A.shape[1] == B.shape[1] and A.shape[0] >= 1 and B.shape[0] >= 1, "A must be (n, d) and B (m, d)"
    assert np.all(np.isfinite(A)) and np.all(np.isfinite(B)), "entries must be finite"
    assert np.abs(A).max() <= 1e201 and np.abs(B).max() <= 1e201, "entries stay near 1e200 at most"
