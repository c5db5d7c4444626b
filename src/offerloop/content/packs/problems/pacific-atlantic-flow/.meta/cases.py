from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # integers only, no float boundary

CLASSIC = [[1, 2, 2, 3, 5], [3, 2, 3, 4, 4], [2, 4, 5, 3, 1], [6, 7, 1, 4, 5], [5, 1, 1, 2, 4]]


def _grid(rng, rows, cols, hi):
    return [[int(v) for v in rng.integers(0, hi + 1, size=cols)] for _ in range(rows)]


def visible():
    return [
        case(CLASSIC, name="the classic map"),
        case([[7]], name="one cell"),
    ]


def hidden(rng):
    cases = [
        case([[1, 2, 3]], name="one row: every cell touches both"),
        case([[3], [2], [1]], name="one column"),
        case([[2, 2], [2, 2]], name="flat"),
        case([[1, 1, 1], [1, 0, 1], [1, 1, 1]], name="a pit in the middle"),
        case([[5, 5, 5], [5, 9, 5], [5, 5, 5]], name="a peak in the middle"),
        case([[0, 1, 2], [1, 2, 3], [2, 3, 4]], name="a slope down to the Pacific"),
        case([[4, 3, 2], [3, 2, 1], [2, 1, 0]], name="a slope down to the Atlantic"),
        case([[100000, 0], [0, 100000]], name="extreme heights"),
    ]
    cases.append(case(_walled_plateau(rng, 6, 7), name="a walled plateau"))
    for rows, cols, hi in ((4, 6, 5), (10, 10, 20), (25, 30, 4), (40, 50, 100000)):
        cases.append(case(_grid(rng, rows, cols, hi), name=f"random {rows}x{cols}"))
    return cases


def _walled_plateau(rng, rows, cols):
    """A plateau of 5s with pits of 4, walled by 9s along the bottom row and the right column: the
    plateau drains only to the Pacific, and every plateau cell's downhill region is the whole plateau."""
    grid = [[4 if rng.random() < 0.1 else 5 for _ in range(cols)] for _ in range(rows)]
    for c in range(cols):
        grid[rows - 1][c] = 9
    for r in range(rows):
        grid[r][cols - 1] = 9
    return grid


def scaling_input(n, rng):
    # No cell of the plateau reaches the Atlantic, so a downhill search per cell explores the
    # whole plateau every time: quadratic, against one climb per ocean.
    return case(_walled_plateau(rng, 20, n // 20))


def check_case(args, kwargs):
    (heights,) = args
    assert len(heights) >= 1 and len(heights[0]) >= 1, "at least one row and one column"
    assert all(len(row) == len(heights[0]) for row in heights), "rows of equal length"
    assert all(type(v) is int and 0 <= v <= 10**5 for row in heights for v in row), "heights 0..10^5"
