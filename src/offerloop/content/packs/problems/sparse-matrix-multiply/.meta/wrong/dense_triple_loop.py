def sparse_matmul(A, B):
    # Correct, but the dense triple loop multiplies every zero: O(m k n).
    if not A:
        return []
    k, n = len(B), len(B[0])
    return [[sum(A[i][p] * B[p][j] for p in range(k)) for j in range(n)] for i in range(len(A))]
