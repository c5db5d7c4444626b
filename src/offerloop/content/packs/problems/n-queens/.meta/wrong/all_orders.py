def solve_n_queens(n):
    # Correct, but builds all n! column orders and checks the diagonals only at the end.
    out = []

    def orders(rest, acc):
        if not rest:
            yield acc
            return
        for i in range(len(rest)):
            yield from orders(rest[:i] + rest[i + 1:], acc + [rest[i]])

    for cols in orders(list(range(n)), []):
        if all(abs(cols[i] - cols[j]) != j - i for i in range(n) for j in range(i + 1, n)):
            out.append(["." * c + "Q" + "." * (n - c - 1) for c in cols])
    return out
