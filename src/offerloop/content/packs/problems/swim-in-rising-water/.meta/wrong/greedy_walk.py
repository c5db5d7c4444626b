def swim_time(grid):
    # Always steps to the lowest unvisited neighbour of the current cell: a walk, not a search.
    n = len(grid)
    r = c = 0
    t = grid[0][0]
    seen = {(0, 0)}
    while (r, c) != (n - 1, n - 1):
        options = [(grid[nr][nc], nr, nc) for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))
                   if 0 <= nr < n and 0 <= nc < n and (nr, nc) not in seen]
        if not options:
            return n * n - 1
        h, r, c = min(options)
        seen.add((r, c))
        t = max(t, h)
    return t
