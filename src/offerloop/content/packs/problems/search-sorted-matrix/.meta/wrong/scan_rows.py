def search_matrix(matrix, target):
    for r, row in enumerate(matrix):  # O(m n) per call
        if target in row:
            return [r, row.index(target)]
    return [-1, -1]
