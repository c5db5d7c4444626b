from offerloop.judge.cases import case


def _random(rng, rows, cols):
    vals = rng.choice([0, 1, 1, 1, 2], size=(rows, cols))
    return [[int(v) for v in row] for row in vals]


def visible():
    return [
        case([[2, 1, 1], [1, 1, 0], [0, 1, 1]], name="four minutes"),
        case([[2, 1, 1], [0, 1, 1], [1, 0, 1]], name="one orange is cut off"),
        case([[0, 2]], name="nothing fresh"),
    ]


def hidden(rng):
    cases = [
        case([[0]], name="one empty cell"),
        case([[1]], name="one fresh orange, no rot"),
        case([[2]], name="one rotten orange"),
        case([[2, 1, 1, 1, 1, 2]], name="rot from both ends"),
        case([[1, 1, 1], [1, 2, 1], [1, 1, 1]], name="rot from the centre"),
        case([[2, 0, 1]], name="blocked by an empty cell"),
        case([[2, 2], [1, 1], [0, 0]], name="two sources, one minute"),
    ]
    for rows, cols in ((4, 5), (12, 12), (30, 40)):
        cases.append(case(_random(rng, rows, cols), name=f"random {rows}x{cols}"))
    return cases


def scaling_input(n, rng):
    # A winding corridor: full rows of fresh oranges joined by a single cell at alternating ends,
    # so the rot needs about n / 2 minutes.
    width = 40
    height = max(3, n // width)
    grid = []
    for r in range(height):
        if r % 2 == 0:
            grid.append([1] * width)
        else:
            row = [0] * width
            row[width - 1 if r % 4 == 1 else 0] = 1
            grid.append(row)
    grid[0][0] = 2
    return case(grid)


def check_case(args, kwargs):
    """The prompt's promise: a rectangular grid (a list of rows) of the integers 0, 1 and 2."""
    (grid,) = args
    assert isinstance(grid, list) and all(isinstance(row, list) for row in grid), "grid is a list of rows"
    assert len({len(row) for row in grid}) <= 1, "the rows have equal lengths"
    assert all(type(v) is int and v in (0, 1, 2) for row in grid for v in row), "cells are 0, 1 or 2"
