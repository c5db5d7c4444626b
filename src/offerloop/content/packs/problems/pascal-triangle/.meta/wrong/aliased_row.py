def pascal_rows(n):
    # Updates one list in place and appends it every time: all rows end up the same object.
    rows = []
    row = []
    for i in range(n):
        row.append(1)
        for j in range(i - 1, 0, -1):
            row[j] += row[j - 1]
        rows.append(row)
    return rows
