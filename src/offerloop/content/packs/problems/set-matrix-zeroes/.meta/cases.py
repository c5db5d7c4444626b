from offerloop.judge.cases import case

SWEEP_SEEDS = 5  # integers only, no float boundary; one case is a 600 x 600 grid


def _matrix(rng, rows, cols, p_zero):
    values = rng.integers(1, 100, size=(rows, cols))
    values[rng.random((rows, cols)) < p_zero] = 0
    return values.tolist()


def visible():
    return [
        case([[1, 1, 1], [1, 0, 1], [1, 1, 1]], name="a zero in the middle"),
        case([[0, 1, 2, 0], [3, 4, 5, 2], [1, 3, 1, 5]], name="zeros in the first row"),
    ]


def hidden(rng):
    cases = [
        case([[0]], name="one zero"),
        case([[5]], name="one reading"),
        case([[1, 2, 3]], name="one row, no zero"),
        case([[1, 0, 3]], name="one row with a zero"),
        case([[4], [0], [6]], name="one column with a zero"),
        case([[1, 2], [3, 4], [5, 0]], name="a zero in the last corner"),
        case([[-1, 2, 3], [4, 0, -6], [7, 8, 9], [1, 2, 3]], name="negative readings"),
        case([[1, 2, 3], [4, 5, 6], [0, 8, 9]], name="a zero in the first column only"),
    ]
    for rows, cols, p in ((3, 4, 0.1), (6, 5, 0.05), (12, 15, 0.02), (40, 30, 0.003)):
        cases.append(case(_matrix(rng, rows, cols, p), name=f"random {rows}x{cols}"))
    # Many zeros: clearing a row and a column per zero is O(z (rows + cols)), far over the time limit.
    # Wide rather than square: as many cells as 600 x 600 (the same work for an O(rows * cols)
    # answer), but rows + cols is 7.5x larger, so clearing per zero takes 7.5x as long (was 2-6 s
    # against the 2 s limit; now far past it).
    cases.append(case(_matrix(rng, 40, 9000, 0.3), name="a wide grid, a third of it zeros"))
    return cases


def check_case(args, kwargs):
    (matrix,) = args
    assert len(matrix) >= 1 and len(matrix[0]) >= 1, "at least one row and one column"
    assert all(len(row) == len(matrix[0]) for row in matrix), "rows of equal length"
    assert all(type(v) is int for row in matrix for v in row), "integer readings"
