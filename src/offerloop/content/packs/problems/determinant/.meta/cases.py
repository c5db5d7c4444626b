import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([[0.0, 2.0], [3.0, 4.0]], name="a swap flips the sign"),
        case([[2.0, 0.0, 0.0], [0.0, 3.0, 0.0], [0.0, 0.0, 4.0]], name="a diagonal matrix"),
    ]


def hidden(rng):
    cases = [
        case([[-7.5]], name="a 1x1 matrix"),
        case([[1.0, 2.0], [2.0, 4.0]], name="singular"),
        case([[0.0, 0.0, 1.0], [0.0, 1.0, 0.0], [1.0, 0.0, 0.0]], name="a permutation matrix (det -1)"),
        case([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]], name="a cyclic permutation (det +1)"),
        case([[1e-20, 1.0], [1.0, 1.0]], name="a tiny first pivot"),
    ]
    for n in (3, 5, 8):
        A = rng.normal(size=(n, n))
        A[0, 0] = 0.0
        cases.append(case(A.tolist(), name=f"random {n}x{n}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: a square list of n lists of n floats, 1 <= n <= 8."""
    (A,) = args
    assert isinstance(A, list) and 1 <= len(A) <= 8, "A must be a list of 1 to 8 rows"
    n = len(A)
    for row in A:
        assert isinstance(row, list) and len(row) == n, "A must be square"
        assert all(isinstance(v, float) and np.isfinite(v) for v in row), "entries are finite floats"
