def max_coins(nums):
    v = [1] + list(nums) + [1]
    size = len(v)
    best = [[0] * size for _ in range(size)]
    for width in range(2, size):
        for i in range(size - width):
            j = i + width
            edge = v[i] * v[j]
            row_i, top = best[i], 0
            for k in range(i + 1, j):
                got = row_i[k] + best[k][j] + edge * v[k]
                if got > top:
                    top = got
            row_i[j] = top
    return best[0][size - 1]
