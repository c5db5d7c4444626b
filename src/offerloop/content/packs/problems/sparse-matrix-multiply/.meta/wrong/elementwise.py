def sparse_matmul(A, B):
    # Multiplies entry by entry (the Hadamard product), which is not the matrix product.
    return [[a * b for a, b in zip(ra, rb)] for ra, rb in zip(A, B)]
