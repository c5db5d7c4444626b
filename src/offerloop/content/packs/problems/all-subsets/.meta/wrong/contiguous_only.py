def subsets(nums):
    # Only contiguous runs (plus the empty one): misses subsets such as [1, 3].
    out = [[]]
    for i in range(len(nums)):
        for j in range(i + 1, len(nums) + 1):
            out.append(nums[i:j])
    return out
