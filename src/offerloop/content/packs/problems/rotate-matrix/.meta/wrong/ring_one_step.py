def rotate(matrix):
    # Correct, but shifts each ring by one position, n - 1 times per ring: O(n^3).
    n = len(matrix)
    for layer in range(n // 2):
        lo, hi = layer, n - 1 - layer
        ring = ([(lo, j) for j in range(lo, hi)] + [(i, hi) for i in range(lo, hi)]
                + [(hi, j) for j in range(hi, lo, -1)] + [(i, lo) for i in range(hi, lo, -1)])
        for _ in range(hi - lo):
            last = matrix[ring[-1][0]][ring[-1][1]]
            for k in range(len(ring) - 1, 0, -1):
                a, b = ring[k]
                c, d = ring[k - 1]
                matrix[a][b] = matrix[c][d]
            matrix[ring[0][0]][ring[0][1]] = last
    return matrix
