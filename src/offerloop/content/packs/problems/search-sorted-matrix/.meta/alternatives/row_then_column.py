def search_matrix(matrix, target):
    # First the last row whose first value is <= target, then a search inside that row.
    lo, hi = 0, len(matrix) - 1
    if target < matrix[0][0]:
        return [-1, -1]
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if matrix[mid][0] <= target:
            lo = mid
        else:
            hi = mid - 1
    row = matrix[lo]
    a, b = 0, len(row) - 1
    while a <= b:
        mid = (a + b) // 2
        if row[mid] == target:
            return [lo, mid]
        if row[mid] < target:
            a = mid + 1
        else:
            b = mid - 1
    return [-1, -1]
