from offerloop.judge.cases import case, driver

SWEEP_SEEDS = 8  # integers only, no float boundary; each seed replays a bulk driver

BULK = """
def drive(ns):
    # A few large matrices built in place (arithmetic runs), each searched for many targets.
    search = ns["search_matrix"]
    out = []
    for m, n, base, step, picks in {grids!r}:
        grid = [list(range(base + step * n * r, base + step * n * (r + 1), step)) for r in range(m)]
        checksum = 0
        for j, p in enumerate(picks):
            target = base + step * p + (j % 2)  # odd positions ask for a value between two others
            r, c = search(grid, target)
            checksum = (checksum * 31 + (r + 2) * 1000003 + c + 2) % 1000000007
        out.append(checksum)
    return out
"""


def _grid(rng, m, n, lo=-10**6, hi=10**6):
    values = sorted(int(v) for v in rng.choice(hi - lo, size=m * n, replace=False) + lo)
    return [values[r * n:(r + 1) * n] for r in range(m)]


def visible():
    return [
        case([[1, 4, 6], [9, 12, 15], [20, 23, 30]], 12, name="in the middle"),
        case([[1, 4, 6], [9, 12, 15], [20, 23, 30]], 7, name="between two rows"),
    ]


def hidden(rng):
    g = [[1, 4, 6], [9, 12, 15], [20, 23, 30]]
    cases = [
        case([[5]], 5, name="one cell, present"),
        case([[5]], 6, name="one cell, absent"),
        case(g, 1, name="the first value"),
        case(g, 30, name="the last value"),
        case(g, 9, name="the first value of a row"),
        case(g, 0, name="below everything"),
        case(g, 31, name="above everything"),
        case([[1, 3, 5, 7, 9]], 7, name="one row"),
        case([[1], [3], [5], [7]], 5, name="one column"),
    ]
    for m, n in ((3, 4), (20, 7), (50, 60)):
        grid = _grid(rng, m, n)
        r, c = int(rng.integers(m)), int(rng.integers(n))
        cases.append(case(grid, grid[r][c], name=f"random {m} x {n}, present"))
        absent = int(rng.integers(-10**6, 10**6))
        while any(absent in row for row in grid):
            absent += 1
        cases.append(case(grid, absent, name=f"random {m} x {n}, absent"))
    grids = []
    for m, n in ((500, 500), (2000, 125), (125, 2000)):
        picks = [int(v) for v in rng.integers(-5, m * n + 5, size=2000)]
        grids.append((m, n, int(rng.integers(-10**6, 10**6)), int(rng.integers(2, 6)), picks))
    cases.append(driver(BULK.format(grids=grids), name="6000 searches in matrices of 250000"))
    return cases


def check_case(args, kwargs):
    if not args:  # the driver builds its own matrices: consecutive arithmetic runs
        return
    matrix, target = args
    assert matrix and matrix[0], "at least one row and one column"
    assert all(len(row) == len(matrix[0]) for row in matrix), "rows have the same length"
    flat = [v for row in matrix for v in row]
    assert all(type(v) is int for v in flat) and type(target) is int, "integers"
    assert all(a < b for a, b in zip(flat, flat[1:])), "row-major order is strictly ascending"
