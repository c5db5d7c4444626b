from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # integers only, no float boundary


def _terrain(rng, rows, cols, hi):
    return [[int(v) for v in rng.integers(0, hi + 1, size=cols)] for _ in range(rows)]


def visible():
    return [
        case([[1, 2, 2], [3, 8, 2], [5, 3, 5]], name="a detour around the peak"),
        case([[1, 10, 6, 7, 9, 10, 4, 9]], name="one row"),
    ]


def hidden(rng):
    cases = [
        case([[42]], name="one cell"),
        case([[0, 1000000]], name="two cells, extreme heights"),
        case([[3], [3], [3]], name="flat column"),
        case([[1, 2, 1, 1, 1], [1, 2, 1, 2, 1], [1, 2, 1, 2, 1], [1, 2, 1, 2, 1], [1, 1, 1, 2, 1]],
             name="a zigzag on the flat"),
        case([[1, 9, 1, 1], [1, 9, 1, 9], [1, 1, 1, 2]], name="down, across and up around the walls"),
        case([[0, 50, 50], [10, 50, 50], [20, 30, 40]], name="the long way is gentler"),
    ]
    for rows, cols, hi in ((3, 4, 10), (6, 6, 100), (15, 10, 1000), (30, 40, 1000000)):
        cases.append(case(_terrain(rng, rows, cols, hi), name=f"random {rows}x{cols}"))
    return cases


def scaling_input(n, rng):
    # The target corner towers over the rest (1,000,000 against heights up to 500,000): its two steps
    # are the largest differences, so the search must settle everything else first, and scanning the
    # candidate limits in order tries almost all of them.
    heights = _terrain(rng, 20, n // 20, 500000)
    heights[-1][-1] = 1000000
    return case(heights)


def check_case(args, kwargs):
    (heights,) = args
    assert len(heights) >= 1 and len(heights[0]) >= 1, "at least one row and one column"
    assert all(len(row) == len(heights[0]) for row in heights), "rows of equal length"
    assert all(type(v) is int and 0 <= v <= 10**6 for row in heights for v in row), "heights 0..10^6"
