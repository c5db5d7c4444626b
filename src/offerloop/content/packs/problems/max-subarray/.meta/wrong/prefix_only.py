def max_subarray(nums):
    # Only considers runs that start at index 0.
    best = total = nums[0]
    for x in nums[1:]:
        total += x
        best = max(best, total)
    return best
