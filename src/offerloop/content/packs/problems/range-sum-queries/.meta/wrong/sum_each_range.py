def range_sums(nums, queries):
    # Correct, but sums every range from scratch: O(n q).
    out = []
    for l, r in queries:
        total = 0
        for k in range(l, r + 1):
            total += nums[k]
        out.append(total)
    return out
