def pascal_rows(n):
    # Forgets the apex row [1] and starts from [1, 1].
    rows = []
    prev = [1]
    for i in range(1, n + 1):
        prev = [1] + [prev[j - 1] + prev[j] for j in range(1, i)] + [1]
        rows.append(prev)
    return rows
