M = 1_000_000_007


def _mul(X, Y):
    n = len(X)
    cols = list(zip(*Y))
    return [[sum(a * b for a, b in zip(row, col)) % M for col in cols] for row in X]


def matrix_power(A, k):
    n = len(A)
    result = [[int(i == j) for j in range(n)] for i in range(n)]
    base = [[x % M for x in row] for row in A]
    while k:
        if k & 1:
            result = _mul(result, base)
        k >>= 1
        if k:
            base = _mul(base, base)
    return result
