M = 1_000_000_007


def matrix_power(A, k):
    # Correct, but multiplies by A k times: O(n^3 k).
    n = len(A)
    result = [[int(i == j) for j in range(n)] for i in range(n)]
    for _ in range(k):
        result = [[sum(result[i][p] * A[p][j] for p in range(n)) % M for j in range(n)] for i in range(n)]
    return result
