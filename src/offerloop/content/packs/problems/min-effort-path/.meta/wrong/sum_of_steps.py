import heapq


def min_effort(heights):
    # Minimises the total climb (sum of differences) and reports that route's largest step.
    rows, cols = len(heights), len(heights[0])
    dist = {(0, 0): (0, 0)}
    heap = [(0, 0, 0, 0)]
    while heap:
        total, e, r, c = heapq.heappop(heap)
        if (r, c) == (rows - 1, cols - 1):
            return e
        if dist[(r, c)] != (total, e):
            continue
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols:
                step = abs(heights[nr][nc] - heights[r][c])
                cand = (total + step, max(e, step))
                if (nr, nc) not in dist or cand < dist[(nr, nc)]:
                    dist[(nr, nc)] = cand
                    heapq.heappush(heap, (cand[0], cand[1], nr, nc))
    return 0
