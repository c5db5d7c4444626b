def determinant(A):
    M = [list(map(float, row)) for row in A]
    n = len(M)
    det = 1.0
    for k in range(n):
        p = max(range(k, n), key=lambda i: abs(M[i][k]))
        if M[p][k] == 0.0:
            return 0.0
        if p != k:
            M[k], M[p] = M[p], M[k]
            det = -det  # every swap flips the sign
        det *= M[k][k]
        for i in range(k + 1, n):
            f = M[i][k] / M[k][k]
            if f:
                for j in range(k, n):
                    M[i][j] -= f * M[k][j]
    return det
