def pascal_rows(n):
    # Counts rows up to and including row n, one too many.
    rows = [[1]]
    for i in range(1, n + 1):
        prev = rows[-1]
        rows.append([1] + [prev[j - 1] + prev[j] for j in range(1, i)] + [1])
    return rows
