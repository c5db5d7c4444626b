def spiral_order(matrix):
    # Goes down the left column first: a counter-clockwise spiral.
    if not matrix or not matrix[0]:
        return []
    t = [list(col) for col in zip(*matrix)]
    out = []
    top, bottom, left, right = 0, len(t) - 1, 0, len(t[0]) - 1
    while top <= bottom and left <= right:
        for j in range(left, right + 1):
            out.append(t[top][j])
        top += 1
        for i in range(top, bottom + 1):
            out.append(t[i][right])
        right -= 1
        if top <= bottom:
            for j in range(right, left - 1, -1):
                out.append(t[bottom][j])
            bottom -= 1
        if left <= right:
            for i in range(bottom, top - 1, -1):
                out.append(t[i][left])
            left += 1
    return out
