def max_coins(nums):
    v = list(nums)
    n = len(v)
    if n == 0:
        return 0
    get = lambda i: v[i] if 0 <= i < n else 0   # treats a missing neighbour as 0, not 1
    best = {}

    def solve(i, j):   # balloons i..j, neighbours i - 1 and j + 1
        if i > j:
            return 0
        if (i, j) not in best:
            best[i, j] = max(solve(i, k - 1) + solve(k + 1, j) + get(i - 1) * v[k] * get(j + 1) for k in range(i, j + 1))
        return best[i, j]

    return solve(0, n - 1)
