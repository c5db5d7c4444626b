def swim_time(grid):
    # Open cells in order of elevation; the answer is the level at which start and target join.
    n = len(grid)
    where = [0] * (n * n)
    for r in range(n):
        for c in range(n):
            where[grid[r][c]] = r * n + c
    parent = list(range(n * n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    open_ = [False] * (n * n)
    for t in range(n * n):
        cell = where[t]
        open_[cell] = True
        r, c = divmod(cell, n)
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < n and 0 <= nc < n and open_[nr * n + nc]:
                parent[find(nr * n + nc)] = find(cell)
        if open_[0] and open_[n * n - 1] and find(0) == find(n * n - 1):
            return t
    return -1
