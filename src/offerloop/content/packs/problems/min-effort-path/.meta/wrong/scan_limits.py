def min_effort(heights):
    # Correct, but tries every distinct step difference in increasing order with a fresh search.
    rows, cols = len(heights), len(heights[0])
    diffs = {0}
    for r in range(rows):
        for c in range(cols):
            if r + 1 < rows:
                diffs.add(abs(heights[r + 1][c] - heights[r][c]))
            if c + 1 < cols:
                diffs.add(abs(heights[r][c + 1] - heights[r][c]))
    for limit in sorted(diffs):
        seen, stack = {(0, 0)}, [(0, 0)]
        while stack:
            r, c = stack.pop()
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if (0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen
                        and abs(heights[nr][nc] - heights[r][c]) <= limit):
                    seen.add((nr, nc))
                    stack.append((nr, nc))
        if (rows - 1, cols - 1) in seen:
            return limit
    return 0
