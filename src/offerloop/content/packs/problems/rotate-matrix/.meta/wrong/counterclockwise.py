def rotate(matrix):
    # Transposes and then reverses the row order: a counter-clockwise turn.
    n = len(matrix)
    for i in range(n):
        for j in range(i + 1, n):
            matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
    matrix.reverse()
    return matrix
