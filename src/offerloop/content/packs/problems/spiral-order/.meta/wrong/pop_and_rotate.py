def spiral_order(matrix):
    # Correct, but rebuilds the rotated remainder after every row: O(m n (m + n)).
    out = []
    matrix = [list(row) for row in matrix]
    while matrix and matrix[0]:
        out.extend(matrix.pop(0))
        matrix = [list(row) for row in zip(*matrix)][::-1]
    return out
