def rob(nums):
    prev2 = prev = 0
    for v in nums:
        prev2, prev = prev, max(prev, prev2 + v)
    return prev
