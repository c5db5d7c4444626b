M = 1_000_000_007


def matrix_power(A, k):
    # Starts the result at A and multiplies k - 1 more times, so k = 0 returns A.
    n = len(A)
    mul = lambda X, Y: [[sum(X[i][p] * Y[p][j] for p in range(n)) % M for j in range(n)] for i in range(n)]
    result = [[x % M for x in row] for row in A]
    base = [[x % M for x in row] for row in A]
    k -= 1
    while k > 0:
        if k & 1:
            result = mul(result, base)
        base = mul(base, base)
        k >>= 1
    return result
