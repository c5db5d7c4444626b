def search_matrix(matrix, target):
    m, n = len(matrix), len(matrix[0])
    lo, hi = 0, m * n - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        v = matrix[mid // n][mid % n]
        if v == target:
            return [mid // n, mid % n]
        if v < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return [-1, -1]
