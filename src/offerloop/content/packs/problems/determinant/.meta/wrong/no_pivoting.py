def determinant(A):
    M = [list(map(float, row)) for row in A]
    n, det = len(M), 1.0
    for k in range(n):
        if M[k][k] == 0.0:
            return 0.0  # a zero pivot is taken as singularity
        det *= M[k][k]
        for i in range(k + 1, n):
            f = M[i][k] / M[k][k]
            for j in range(k, n):
                M[i][j] -= f * M[k][j]
    return det
