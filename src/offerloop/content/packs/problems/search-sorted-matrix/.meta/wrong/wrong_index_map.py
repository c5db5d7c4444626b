def search_matrix(matrix, target):
    m, n = len(matrix), len(matrix[0])
    lo, hi = 0, m * n - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        v = matrix[mid // m][mid % m] if mid // m < m and mid % m < n else matrix[-1][-1]  # divides by m, not n
        if v == target:
            return [mid // m, mid % m]
        if v < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return [-1, -1]
