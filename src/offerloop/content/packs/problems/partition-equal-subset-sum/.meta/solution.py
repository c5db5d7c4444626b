def can_partition(nums):
    total = sum(nums)
    if total % 2:
        return False
    half = total // 2
    can = [True] + [False] * half
    for v in nums:
        for s in range(half, v - 1, -1):
            if can[s - v]:
                can[s] = True
        if can[half]:
            return True
    return can[half]
