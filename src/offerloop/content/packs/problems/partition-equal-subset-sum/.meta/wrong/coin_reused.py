def can_partition(nums):
    total = sum(nums)
    if total % 2:
        return False
    half = total // 2
    can = [True] + [False] * half
    for v in nums:
        for s in range(v, half + 1):   # upward: the same coin can be added again
            can[s] = can[s] or can[s - v]
    return can[half]
