def max_coins(nums):
    # Splits on the balloon burst FIRST, as if its neighbours stayed fixed: the halves are not independent.
    v = [1] + list(nums) + [1]
    size = len(v)
    best = [[0] * size for _ in range(size)]
    for width in range(2, size):
        for i in range(size - width):
            j = i + width
            best[i][j] = max(best[i][k] + best[k][j] + v[k - 1] * v[k] * v[k + 1] for k in range(i + 1, j))
    return best[0][size - 1]
