def solve_n_queens(n):
    full = (1 << n) - 1
    out = []

    def place(cols, left, right, rows):
        if cols == full:
            out.append(rows)
            return
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free ^= bit
            c = bit.bit_length() - 1
            row = "".join("Q" if k == c else "." for k in range(n))
            place(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1, rows + [row])

    place(0, 0, 0, [])
    return out
