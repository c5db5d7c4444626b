def min_jumps(nums):
    # Correct, but relaxes every pair (i, j): O(n^2).
    n = len(nums)
    best = [0] + [n] * (n - 1)
    for j in range(1, n):
        for i in range(j):
            if i + nums[i] >= j and best[i] + 1 < best[j]:
                best[j] = best[i] + 1
    return best[-1]
