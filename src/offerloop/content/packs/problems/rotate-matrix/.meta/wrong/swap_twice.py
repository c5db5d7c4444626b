def rotate(matrix):
    # The transpose loop visits each pair twice, undoing its own swaps; only the row reversal remains.
    n = len(matrix)
    for i in range(n):
        for j in range(n):
            if i != j:
                matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
    for row in matrix:
        row.reverse()
    return matrix
