def max_product(nums):
    best = cur = nums[0]
    for v in nums[1:]:
        cur = max(v, cur * v)   # forgets that a negative times a negative is large
        best = max(best, cur)
    return best
