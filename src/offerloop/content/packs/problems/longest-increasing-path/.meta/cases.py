from offerloop.judge.cases import case

SWEEP_SEEDS = 30  # integers only, no float boundary; the contract recomputes each answer


def _grid(rng, rows, cols, hi):
    return [[int(v) for v in row] for row in rng.integers(0, hi, size=(rows, cols))]


def _spiral(side):
    grid = [[0] * side for _ in range(side)]
    r, c, dr, dc = 0, 0, 0, 1
    for k in range(side * side):
        grid[r][c] = k
        nr, nc = r + dr, c + dc
        if not (0 <= nr < side and 0 <= nc < side) or grid[nr][nc] or (nr, nc) == (0, 0):
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return grid


def visible():
    return [
        case([[9, 9, 4], [6, 6, 8], [2, 1, 1]], name="climb to a nine"),
        case([[3, 4, 5], [3, 2, 6], [2, 2, 1]], name="along the top"),
        case([[1]], name="one cell"),
    ]


def hidden(rng):
    cases = [
        case([[7, 7], [7, 7]], name="flat: no step allowed"),
        case([[1, 2, 3, 4, 5]], name="one row, rising"),
        case([[5], [4], [3], [2], [1]], name="one column, falling"),
        case([[1, 2, 3], [6, 5, 4], [7, 8, 9]], name="snake needs left and up moves"),
        case([[3, 2, 1], [4, 9, 0], [5, 6, 7]], name="path turns back"),
        case(_spiral(17), name="spiral of 289 cells"),
        case([[i + j for j in range(16)] for i in range(16)], name="many equal-length paths"),
        case([[1000000000, 0], [999999999, 1]], name="huge heights"),
    ]
    for rows, cols, hi in ((5, 5, 10), (30, 20, 1000), (60, 60, 4)):
        cases.append(case(_grid(rng, rows, cols, hi), name=f"random {rows} by {cols}, heights below {hi}"))
    return cases


def scaling_input(n, rng):
    return case(_grid(rng, n, 50, 1000))


def _longest(matrix):
    rows, cols = len(matrix), len(matrix[0])
    best = {}
    for h, r, c in sorted(((matrix[r][c], r, c) for r in range(rows) for c in range(cols)), reverse=True):
        best[r, c] = 1 + max((best[nr, nc] for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))
                              if (nr, nc) in best and matrix[nr][nc] > h), default=0)
    return max(best.values())


def check_case(args, kwargs):
    (matrix,) = args
    assert 1 <= len(matrix) <= 400 and 1 <= len(matrix[0]) <= 100, "1 to 400 rows, 1 to 100 columns"
    assert all(len(row) == len(matrix[0]) for row in matrix), "rows have the same length"
    assert all(type(v) is int and 0 <= v <= 10**9 for row in matrix for v in row), "heights in [0, 1e9]"
    assert _longest(matrix) <= 300, "the prompt promises no climbing path longer than 300 cells"
