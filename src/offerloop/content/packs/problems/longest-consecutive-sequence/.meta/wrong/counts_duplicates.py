def longest_consecutive(nums):
    # Sorts but treats a repeated value as breaking (or extending) the run.
    if not nums:
        return 0
    s = sorted(nums)
    best = cur = 1
    for a, b in zip(s, s[1:]):
        cur = cur + 1 if b - a == 1 else 1
        best = max(best, cur)
    return best
