def rob_circle(nums):
    if len(nums) <= 2:
        return max(nums, default=0)
    prev2 = prev = 0
    for v in nums[1:-1]:   # skips both ends instead of one at a time
        prev2, prev = prev, max(prev, prev2 + v)
    return max(prev, nums[0], nums[-1])
