def count_sign_ways(nums, target):
    total = sum(nums)
    if abs(target) > total or (total + target) % 2:
        return 0
    goal = (total + target) // 2
    ways = [1] + [0] * goal
    for v in nums:
        if v == 0:
            ways = [2 * w for w in ways]
            continue
        for s in range(goal, v - 1, -1):
            ways[s] += ways[s - v]
    return ways[goal]
