from offerloop.judge.cases import case


def _grid(rng, rows, cols, p):
    cells = rng.random((rows, cols)) < p
    return ["".join("1" if v else "0" for v in row) for row in cells]


def visible():
    return [
        case(["11000", "11000", "00100", "00011"], name="three islands"),
        case(["11110", "11010", "11000", "00000"], name="one island"),
    ]


def hidden(rng):
    cases = [
        case([], name="empty grid"),
        case([""], name="empty row"),
        case(["0"], name="one water cell"),
        case(["1"], name="one land cell"),
        case(["101", "010", "101"], name="diagonals do not connect"),
        case(["111", "101", "111"], name="a ring with a lake"),
        case(["10101"], name="one row"),
        case(["1", "1", "0", "1"], name="one column"),
        case(["1011", "1001", "1111"], name="a U shape"),
    ]
    for rows, cols in ((5, 7), (20, 20), (40, 60)):
        cases.append(case(_grid(rng, rows, cols, 0.45), name=f"random {rows}x{cols}"))
    return cases


def scaling_input(n, rng):
    return case(_grid(rng, 50, n // 50, 0.45))


def check_case(args, kwargs):
    """The prompt's promise: a list of equal-length strings of "1" and "0" (possibly empty, or with empty rows)."""
    (grid,) = args
    assert isinstance(grid, list) and all(isinstance(row, str) for row in grid), "grid is a list of strings"
    assert len({len(row) for row in grid}) <= 1, "the rows have equal lengths"
    assert all(set(row) <= {"0", "1"} for row in grid), 'cells are "0" or "1"'
