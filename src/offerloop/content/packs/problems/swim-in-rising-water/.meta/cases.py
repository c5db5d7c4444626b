from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # integers only, no float boundary

SPIRAL = [[0, 1, 2, 3, 4], [24, 23, 22, 21, 5], [12, 13, 14, 15, 16], [11, 17, 18, 19, 20], [10, 9, 8, 7, 6]]


def _pool(rng, n):
    values = [int(v) for v in rng.permutation(n * n)]
    return [values[r * n:(r + 1) * n] for r in range(n)]


def visible():
    return [
        case([[0, 2], [1, 3]], name="two by two"),
        case(SPIRAL, name="a winding channel"),
    ]


def hidden(rng):
    cases = [
        case([[0]], name="one cell"),
        case([[3, 0], [1, 2]], name="the start is the highest cell"),
        case([[0, 3], [1, 2]], name="the target is reached through the low side"),
        case([[0, 8, 7], [1, 6, 2], [5, 4, 3]], name="a detour up and back"),
        case([[0, 1, 2], [7, 8, 3], [6, 5, 4]], name="going around beats crossing"),
        case([[0, 5, 6], [1, 8, 7], [2, 3, 4]], name="a low path down and across"),
        case([[1, 5, 6], [0, 8, 4], [7, 2, 3]], name="the lowest first step leads nowhere"),
    ]
    for n in (4, 7, 12, 25, 40):
        cases.append(case(_pool(rng, n), name=f"random {n}x{n}"))
    return cases


def scaling_input(n, rng):
    # A pool that deepens towards the start (elevation ranked by distance from (0, 0), with noise) and
    # the target corner the highest cell: the answer is n*n - 1, the flooded region grows steadily,
    # and trying t = 0, 1, 2, ... floods a large region about n*n times.
    keys = [(r + c + 3 * float(rng.random()), r, c) for r in range(n) for c in range(n)]
    grid = [[0] * n for _ in range(n)]
    for value, (_, r, c) in enumerate(sorted(keys)):
        grid[r][c] = value
    top = n * n - 1
    for r in range(n):
        for c in range(n):
            if grid[r][c] == top:
                grid[r][c], grid[n - 1][n - 1] = grid[n - 1][n - 1], top
                return case(grid)
    return case(grid)


def check_case(args, kwargs):
    (grid,) = args
    n = len(grid)
    assert 1 <= n <= 50 and all(len(row) == n for row in grid), "an n x n grid, 1 <= n <= 50"
    assert sorted(v for row in grid for v in row) == list(range(n * n)), "elevations are 0..n*n-1, each once"
