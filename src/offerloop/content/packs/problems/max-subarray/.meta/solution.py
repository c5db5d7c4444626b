def max_subarray(nums):
    best = here = nums[0]
    for x in nums[1:]:
        here = x if here < 0 else here + x
        if here > best:
            best = here
    return best
