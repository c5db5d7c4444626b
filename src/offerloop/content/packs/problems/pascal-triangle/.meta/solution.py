def pascal_rows(n):
    rows = []
    for i in range(n):
        if i == 0:
            rows.append([1])
        else:
            prev = rows[-1]
            rows.append([1] + [prev[j - 1] + prev[j] for j in range(1, i)] + [1])
    return rows
