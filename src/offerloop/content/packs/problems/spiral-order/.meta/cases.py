from offerloop.judge.cases import case


def _matrix(rng, rows, cols, lo=-99, hi=99):
    return [[int(v) for v in row] for row in rng.integers(lo, hi + 1, size=(rows, cols))]


def visible():
    return [
        case([[1, 2, 3], [4, 5, 6], [7, 8, 9]], name="3 x 3"),
        case([[1, 2, 3, 4], [5, 6, 7, 8]], name="2 x 4"),
    ]


def hidden(rng):
    cases = [
        case([], name="no rows"),
        case([[]], name="one empty row"),
        case([[7]], name="1 x 1"),
        case([[1, 2, 3]], name="a single row"),
        case([[1], [2], [3]], name="a single column"),
        case([[1, 2], [3, 4], [5, 6]], name="3 x 2"),
        case([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]], name="3 x 4: one middle row left"),
        case([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]], name="4 x 3: one middle column left"),
        case([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]], name="4 x 4"),
    ]
    for r, c in ((5, 7), (8, 3), (30, 30), (1, 40)):
        cases.append(case(_matrix(rng, r, c), name=f"random {r} x {c}"))
    return cases


def scaling_input(n, rng):
    return case(_matrix(rng, n, n))


def check_case(args, kwargs):
    """The prompt's promise: a list of m rows, each a list of n numbers (m and n may be 0)."""
    (matrix,) = args
    assert isinstance(matrix, list) and all(isinstance(r, list) for r in matrix), "matrix is a list of rows"
    assert len({len(r) for r in matrix}) <= 1, "every row has the same length n"
    assert all(type(v) in (int, float) for r in matrix for v in r), "the values are numbers"
