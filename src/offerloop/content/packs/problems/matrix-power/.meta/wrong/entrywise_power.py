M = 1_000_000_007


def matrix_power(A, k):
    # Raises every entry to the k-th power instead of taking the matrix product.
    return [[pow(x, k, M) for x in row] for row in A]
