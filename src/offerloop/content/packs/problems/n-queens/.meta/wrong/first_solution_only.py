def solve_n_queens(n):
    # Stops at the first placement found.
    cols, diag, anti, placed = set(), set(), set(), []

    def place(r):
        if r == n:
            return True
        for c in range(n):
            if c in cols or r - c in diag or r + c in anti:
                continue
            cols.add(c); diag.add(r - c); anti.add(r + c); placed.append(c)
            if place(r + 1):
                return True
            placed.pop(); cols.remove(c); diag.remove(r - c); anti.remove(r + c)
        return False

    if not place(0):
        return []
    return [["." * c + "Q" + "." * (n - c - 1) for c in placed]]
