from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # integers only, no float boundary


def _grid(rng, rows, cols, p):
    return [[int(v) for v in (rng.random(cols) < p)] for _ in range(rows)]


def visible():
    return [
        case([[1, 1, 0, 0, 0], [1, 0, 0, 1, 1], [0, 0, 0, 1, 1], [0, 1, 0, 1, 0]], name="two islands and a speck"),
        case([[0, 0], [0, 0]], name="all water"),
    ]


def hidden(rng):
    cases = [
        case([[1]], name="one land cell"),
        case([[0]], name="one water cell"),
        case([[1, 0], [0, 1]], name="corner contact does not join"),
        case([[1, 1, 1, 1, 1, 1]], name="one row of land"),
        case([[1], [1], [0], [1]], name="one column"),
        case([[1, 0, 1, 1], [1, 0, 1, 0], [1, 1, 1, 0]], name="a U-shaped island"),
        case([[0, 1, 0], [1, 1, 1], [0, 1, 0]], name="a plus sign"),
        case([[1] * 60 for _ in range(60)], name="one big square island"),
    ]
    for rows, cols, p in ((5, 7, 0.5), (12, 9, 0.45), (30, 40, 0.55), (60, 50, 0.62)):
        cases.append(case(_grid(rng, rows, cols, p), name=f"random {rows}x{cols}"))
    return cases


def scaling_input(n, rng):
    # Land above the percolation threshold: one island holds most of the land.
    return case(_grid(rng, 40, n // 40, 0.7))


def check_case(args, kwargs):
    (grid,) = args
    assert len(grid) >= 1 and len(grid[0]) >= 1, "at least one row and one column"
    assert all(len(row) == len(grid[0]) for row in grid), "rows of equal length"
    assert all(v in (0, 1) and type(v) is int for row in grid for v in row), "cells are 0 or 1"
