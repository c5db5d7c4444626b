from offerloop.judge.cases import case


def _matrix(rng, rows, cols, lo=-99, hi=99):
    return [[int(v) for v in row] for row in rng.integers(lo, hi + 1, size=(rows, cols))]


def visible():
    return [
        case([[1, 2, 3], [4, 5, 6], [7, 8, 9]], name="3 x 3"),
        case([[1, 2], [3, 4]], name="2 x 2"),
    ]


def hidden(rng):
    cases = [
        case([], name="empty"),
        case([[5]], name="1 x 1"),
        case([[5, 1, 9, 11], [2, 4, 8, 10], [13, 3, 6, 7], [15, 14, 12, 16]], name="4 x 4"),
        case([[1, 1], [2, 2]], name="repeated values"),
        case([[-1, 0, 1], [2, -3, 4], [0, 0, 0]], name="negatives and zeros"),
    ]
    for n in (5, 6, 20):
        cases.append(case(_matrix(rng, n, n), name=f"random {n} x {n}"))
    return cases


def scaling_input(n, rng):
    return case(_matrix(rng, n, n))


def check_case(args, kwargs):
    """The prompt's promise: matrix is a square n x n list of rows (possibly empty)."""
    (matrix,) = args
    assert isinstance(matrix, list), "matrix is a list of rows"
    assert all(isinstance(row, list) and len(row) == len(matrix) for row in matrix), "the matrix is square"
