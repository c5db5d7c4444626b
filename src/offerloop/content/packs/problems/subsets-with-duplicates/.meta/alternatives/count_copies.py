def subsets_with_dup(nums):
    counts = {}
    for x in nums:
        counts[x] = counts.get(x, 0) + 1
    result = [[]]
    for value, c in counts.items():
        result = [s + [value] * k for s in result for k in range(c + 1)]
    return result
