from collections import deque


def gate_distances(grid):
    # Correct, but one full breadth-first search per gate.
    rows, cols = len(grid), len(grid[0])
    best = [[-1] * cols for _ in range(rows)]
    for gr in range(rows):
        for gc in range(cols):
            if grid[gr][gc] != "G":
                continue
            dist = {(gr, gc): 0}
            queue = deque([(gr, gc)])
            while queue:
                r, c = queue.popleft()
                d = dist[(r, c)]
                if best[r][c] == -1 or d < best[r][c]:
                    best[r][c] = d
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and (nr, nc) not in dist:
                        dist[(nr, nc)] = d + 1
                        queue.append((nr, nc))
    return best
