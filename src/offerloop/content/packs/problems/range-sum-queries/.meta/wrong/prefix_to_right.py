def range_sums(nums, queries):
    # Ignores left and returns the prefix sum up to right.
    prefix = [0]
    for x in nums:
        prefix.append(prefix[-1] + x)
    return [prefix[r + 1] for l, r in queries]
