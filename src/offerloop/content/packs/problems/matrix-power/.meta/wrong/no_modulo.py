def matrix_power(A, k):
    # Squares correctly but never reduces modulo M.
    n = len(A)
    mul = lambda X, Y: [[sum(X[i][p] * Y[p][j] for p in range(n)) for j in range(n)] for i in range(n)]
    result = [[int(i == j) for j in range(n)] for i in range(n)]
    base = A
    while k:
        if k & 1:
            result = mul(result, base)
        base = mul(base, base)
        k >>= 1
    return result
