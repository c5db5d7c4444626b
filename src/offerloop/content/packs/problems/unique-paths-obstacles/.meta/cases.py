from offerloop.judge.cases import case


def _grid(rng, rows, cols, p):
    g = (rng.random((rows, cols)) < p).astype(int).tolist()
    g[0][0] = 0
    g[-1][-1] = 0
    return g


def visible():
    return [
        case([[0, 0, 0], [0, 1, 0], [0, 0, 0]], name="an obstacle in the middle"),
        case([[0, 1], [0, 0]], name="two by two"),
    ]


def hidden(rng):
    cases = [
        case([[0]], name="one free cell"),
        case([[1]], name="one blocked cell"),
        case([[1, 0], [0, 0]], name="blocked start"),
        case([[0, 0], [0, 1]], name="blocked goal"),
        case([[0, 1, 0, 0]], name="one row, blocked"),
        case([[0, 0, 0, 0]], name="one row, free"),
        case([[0], [0], [1], [0]], name="one column, blocked"),
        case([[0, 0, 1, 0], [0, 0, 0, 0], [0, 0, 0, 0]], name="first-row obstacle blocks the cells after it"),
        case([[0] * 9 for _ in range(9)], name="free 9x9"),
    ]
    for rows, cols in ((3, 4), (6, 6), (7, 8)):
        cases.append(case(_grid(rng, rows, cols, 0.2), name=f"random {rows}x{cols}"))
    return cases


def scaling_input(n, rng):
    return case(_grid(rng, 20, n // 20, 0.1))


def check_case(args, kwargs):
    """The prompt's promise: a non-empty rectangular grid (list of rows) of 0 (free) and 1 (obstacle)."""
    (grid,) = args
    assert isinstance(grid, list) and len(grid) >= 1 and all(isinstance(r, list) for r in grid), "grid is a list of rows"
    assert len({len(r) for r in grid}) == 1 and len(grid[0]) >= 1, "every row has the same, non-zero length"
    assert all(type(v) is int and v in (0, 1) for r in grid for v in r), "cells are 0 or 1"
