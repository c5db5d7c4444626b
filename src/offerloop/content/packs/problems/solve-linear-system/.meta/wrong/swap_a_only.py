def solve_linear_system(A, b):
    # Swaps the rows of A when pivoting but leaves b in the old order.
    n = len(A)
    M = [list(map(float, row)) for row in A]
    rhs = [float(v) for v in b]
    scale = max(abs(v) for row in A for v in row)
    for k in range(n):
        p = max(range(k, n), key=lambda i: abs(M[i][k]))
        if abs(M[p][k]) <= 1e-12 * scale:
            return None
        M[k], M[p] = M[p], M[k]
        for i in range(k + 1, n):
            f = M[i][k] / M[k][k]
            for j in range(k, n):
                M[i][j] -= f * M[k][j]
            rhs[i] -= f * rhs[k]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        x[i] = (rhs[i] - sum(M[i][j] * x[j] for j in range(i + 1, n))) / M[i][i]
    return x
