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


PIVOT_MARGIN = 100.0  # every pivot is 100x clear of 1e-12 * max|A|, so rounding cannot move the decision


def check_case(args, kwargs):
    """The prompt's promise: a square n x n float matrix with 1 <= n <= 8, b of length n, and pivots clear of the zero test."""
    A, b = args
    n = len(A)
    assert 1 <= n <= 8, f"n = {n} is outside 1..8"
    assert all(isinstance(row, list) and len(row) == n for row in A), "A is not a square list of lists"
    assert isinstance(b, list) and len(b) == n, f"b has {len(b)} entries for n = {n}"
    assert all(isinstance(v, float) for row in A for v in row) and all(isinstance(v, float) for v in b), "A and b must hold floats"
    M = np.array(A, dtype=float)
    scale = float(np.abs(M).max())
    if scale == 0.0:
        return  # the zero matrix: every pivot is 0, at most 0 * 1e-12 (singular by the prompt's rule)
    tol = 1e-12 * scale
    for k in range(n):
        p = k + int(np.argmax(np.abs(M[k:, k])))
        piv = abs(M[p, k])
        assert not (tol / PIVOT_MARGIN <= piv <= tol * PIVOT_MARGIN), (
            f"pivot {k} is {piv:.3g}, within a factor {PIVOT_MARGIN:g} of the singular threshold {tol:.3g}")
        if piv <= tol:
            return  # singular: the answer is None
        M[[k, p]] = M[[p, k]]
        M[k + 1:, k:] -= np.outer(M[k + 1:, k] / M[k, k], M[k, k:])
