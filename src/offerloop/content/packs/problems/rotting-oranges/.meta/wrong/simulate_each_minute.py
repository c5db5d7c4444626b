def oranges_rotting(grid):
    # Correct, but rescans the whole grid every minute: O(cells * minutes).
    g = [list(row) for row in grid]
    rows = len(g)
    cols = len(g[0]) if rows else 0
    minutes = 0
    while True:
        newly = []
        for r in range(rows):
            for c in range(cols):
                if g[r][c] == 1 and any(0 <= nr < rows and 0 <= nc < cols and g[nr][nc] == 2
                                        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))):
                    newly.append((r, c))
        if not newly:
            break
        for r, c in newly:
            g[r][c] = 2
        minutes += 1
    return -1 if any(1 in row for row in g) else minutes
