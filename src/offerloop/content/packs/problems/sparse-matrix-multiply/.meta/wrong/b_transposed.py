def sparse_matmul(A, B):
    # Pairs the rows of A with the rows of B, computing A @ B.T.
    return [[sum(a * b for a, b in zip(ra, rb)) for rb in B] for ra in A]
