from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def _grid(rng, rows, cols, hi=1001):
    return [[int(v) for v in row] for row in rng.integers(0, hi, size=(rows, cols))]


def visible():
    return [
        case([[1, 3, 1], [1, 5, 1], [4, 2, 1]], name="three by three"),
        case([[1, 2, 3], [4, 5, 6]], name="two rows"),
        case([[5]], name="one cell"),
    ]


def hidden(rng):
    cases = [
        case([[1, 2, 3, 4]], name="one row"),
        case([[1], [2], [3]], name="one column"),
        case([[0, 0], [0, 0]], name="free floor"),
        case([[1, 1, 1000], [9, 1000, 1], [1, 1, 1]], name="cheap start leads to a wall"),
        case([[7, 1, 1, 1], [1, 9, 9, 1], [1, 9, 9, 1], [1, 1, 1, 7]], name="two equal borders"),
        case([[1, 100, 1, 1, 1], [1, 100, 1, 100, 1], [1, 1, 1, 100, 1]], name="snake is not allowed"),
        case([[5, 0, 0, 0, 0, 0]] + [[0] * 5 + [3]] * 5, name="first row is a running sum"),
    ]
    for rows, cols in ((4, 7), (20, 15), (60, 80)):
        cases.append(case(_grid(rng, rows, cols), name=f"random {rows} by {cols}"))
    cases.append(case(_grid(rng, 14, 14, 3), name="small costs, many ties"))
    cases.append(case(_grid(rng, 16, 16, 2), name="sixteen square, zeros and ones"))
    return cases


def scaling_input(n, rng):
    return case(_grid(rng, n, 50))


def check_case(args, kwargs):
    (grid,) = args
    assert 1 <= len(grid) <= 1000 and 1 <= len(grid[0]) <= 1000, "1 to 1000 rows and columns"
    assert all(len(row) == len(grid[0]) for row in grid), "rows have the same length"
    assert all(type(v) is int and 0 <= v <= 1000 for row in grid for v in row), "costs are integers in [0, 1000]"
