from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # strings and integers only, no float boundary


def _plan(rng, rows, cols, walls, gates):
    out = []
    for _ in range(rows):
        u = rng.random(cols)
        out.append("".join("#" if v < walls else "G" if v < walls + gates else "." for v in u))
    return out


def visible():
    return [
        case(["..#G", "...#", ".#.#", "G#.."], name="two gates"),
        case(["#.", ".."], name="no gate"),
    ]


def hidden(rng):
    cases = [
        case(["G"], name="one gate"),
        case(["."], name="one open cell"),
        case(["#"], name="one wall"),
        case(["G...."], name="a corridor"),
        case(["G...G"], name="a corridor between two gates"),
        case(["G#.", "##.", "..."], name="a walled-off gate"),
        case([".....", ".###.", ".#G#.", ".###.", "....."], name="a gate inside walls"),
        case(["G.........", "#########.", "G........."], name="the long way round"),
    ]
    for rows, cols, walls, gates in ((4, 5, 0.2, 0.1), (10, 12, 0.3, 0.05), (30, 30, 0.25, 0.02),
                                     (40, 50, 0.15, 0.1)):
        cases.append(case(_plan(rng, rows, cols, walls, gates), name=f"random {rows}x{cols}"))
    return cases


def scaling_input(n, rng):
    # Few walls and a gate on about one cell in twenty: one search per gate is quadratic.
    return case(_plan(rng, 20, n // 20, 0.1, 0.05))


def check_case(args, kwargs):
    (grid,) = args
    assert len(grid) >= 1 and len(grid[0]) >= 1, "at least one row and one column"
    assert all(len(row) == len(grid[0]) for row in grid), "rows of equal length"
    assert all(ch in "#G." for row in grid for ch in row), "cells are #, G or ."
