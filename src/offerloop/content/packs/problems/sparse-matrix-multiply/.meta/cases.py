from offerloop.judge.cases import case


def _sparse(rng, rows, cols, per_row, lo=-9, hi=9):
    out = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        for j in rng.integers(0, cols, size=per_row):
            out[i][int(j)] = int(rng.integers(lo, hi + 1)) or 1
    return out


def visible():
    return [
        case([[1, 0, 0], [-1, 0, 3]], [[7, 0, 0], [0, 0, 0], [0, 0, 1]], name="2 x 3 times 3 x 3"),
        case([[2]], [[3]], name="1 x 1"),
    ]


def hidden(rng):
    cases = [
        case([], [[1, 2]], name="no rows in A"),
        case([[0, 0], [0, 0]], [[1, 2], [3, 4]], name="A is all zeros"),
        case([[1, 2], [3, 4]], [[0, 0], [0, 0]], name="B is all zeros"),
        case([[1, 2, 3]], [[1], [2], [3]], name="row times column"),
        case([[1], [2], [3]], [[1, 2, 3]], name="column times row"),
        case([[1, 2], [3, 4]], [[5, 6], [7, 8]], name="dense 2 x 2"),
        case([[0, 5, 0], [0, 0, 0]], [[1, 1], [0, 2], [9, 9]], name="a zero row in A"),
    ]
    for m, k, n in ((4, 5, 3), (20, 30, 25), (60, 40, 50)):
        cases.append(case(_sparse(rng, m, k, 2), _sparse(rng, k, n, 3), name=f"random sparse {m}x{k} times {k}x{n}"))
    a = [[int(v) for v in r] for r in rng.integers(-5, 6, size=(6, 7))]
    b = [[int(v) for v in r] for r in rng.integers(-5, 6, size=(7, 4))]
    cases.append(case(a, b, name="random dense 6x7 times 7x4"))
    return cases


def scaling_input(n, rng):
    return case(_sparse(rng, n, n, 3), _sparse(rng, n, n, 3))


def _rows(M):
    assert isinstance(M, list) and all(isinstance(r, list) and all(type(v) is int for v in r) for r in M), \
        "matrices are lists of rows of integers"
    assert len({len(r) for r in M}) <= 1, "every row of a matrix has the same length"


def check_case(args, kwargs):
    """The prompt's promise: A is m x k and B is k x n (k >= 1), both lists of rows of integers."""
    A, B = args
    _rows(A)
    _rows(B)
    assert len(B) >= 1, "k >= 1: B has at least one row"
    assert not A or len(A[0]) == len(B), "A's columns match B's rows"
