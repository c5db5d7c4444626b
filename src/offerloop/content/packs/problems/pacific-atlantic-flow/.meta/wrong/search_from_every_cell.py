def both_oceans(heights):
    # Correct, but runs a downhill search from every cell: O((rows * cols)^2) on flat land.
    rows, cols = len(heights), len(heights[0])
    out = []
    for r0 in range(rows):
        for c0 in range(cols):
            seen, stack = {(r0, c0)}, [(r0, c0)]
            pac = atl = False
            while stack and not (pac and atl):
                r, c = stack.pop()
                pac = pac or r == 0 or c == 0
                atl = atl or r == rows - 1 or c == cols - 1
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if (0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen
                            and heights[nr][nc] <= heights[r][c]):
                        seen.add((nr, nc))
                        stack.append((nr, nc))
            if pac and atl:
                out.append([r0, c0])
    return out
