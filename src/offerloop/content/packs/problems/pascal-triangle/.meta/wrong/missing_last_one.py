def pascal_rows(n):
    # Builds the inner sums but drops the closing 1 of each row after the first.
    rows = []
    for i in range(n):
        if i == 0:
            rows.append([1])
        else:
            prev = rows[-1]
            rows.append([1] + [prev[j - 1] + prev[j] for j in range(1, len(prev))])
    return rows
