from collections import deque


def min_effort(heights):
    # Binary search whose test allows only steps strictly below the limit, then returns the limit.
    rows, cols = len(heights), len(heights[0])

    def reachable(limit):
        seen = {(0, 0)}
        queue = deque([(0, 0)])
        while queue:
            r, c = queue.popleft()
            if (r, c) == (rows - 1, cols - 1):
                return True
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if (0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen
                        and abs(heights[nr][nc] - heights[r][c]) < limit):
                    seen.add((nr, nc))
                    queue.append((nr, nc))
        return False

    lo, hi = 0, 10**6
    while lo < hi:
        mid = (lo + hi) // 2
        if reachable(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo
