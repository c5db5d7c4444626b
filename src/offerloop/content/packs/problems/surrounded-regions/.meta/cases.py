from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # strings only, no float boundary


def _board(rng, rows, cols, p):
    return ["".join("O" if v else "X" for v in (rng.random(cols) < p)) for _ in range(rows)]


def visible():
    return [
        case(["XXXX", "XOOX", "XXOX", "XOXX"], name="one captured, one safe"),
        case(["X"], name="one stone"),
    ]


def hidden(rng):
    cases = [
        case(["O"], name="one open point"),
        case(["OO", "OO"], name="all open"),
        case(["XXX", "XOX", "XXX"], name="one captured point"),
        case(["XXXXX", "XOXOX", "XXXXX"], name="two captured points"),
        case(["XXXX", "XOOX", "XOOO", "XXXX"], name="a region escaping on the right"),
        case(["XXXX", "XOXX", "XXOX", "XXXO"], name="a diagonal chain is not connected"),
        case(["XOXXX", "XOOOX", "XXXOX", "XOOOX", "XXXXX"], name="a snake reaching the top"),
        case(["XXXXXX", "XOOOOX", "XOXXOX", "XOXOOX", "XOOOOX", "XXXXXX"], name="a ring around a stone"),
    ]
    for rows, cols, p in ((4, 5, 0.5), (8, 8, 0.55), (20, 15, 0.6), (40, 40, 0.5)):
        cases.append(case(_board(rng, rows, cols, p), name=f"random {rows}x{cols}"))
    return cases


def scaling_input(n, rng):
    # A thick stone frame around mostly open points: one big captured region.
    side = 20
    inner = _board(rng, side - 2, n // side - 2, 0.8)
    rows = ["X" * (n // side)] + ["X" + row + "X" for row in inner] + ["X" * (n // side)]
    return case(rows)


def check_case(args, kwargs):
    (board,) = args
    assert len(board) >= 1 and len(board[0]) >= 1, "at least one row and one column"
    assert all(len(row) == len(board[0]) for row in board), "rows of equal length"
    assert all(ch in "XO" for row in board for ch in row), "cells are X or O"
