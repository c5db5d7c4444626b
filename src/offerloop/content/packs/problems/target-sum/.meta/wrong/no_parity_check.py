def count_sign_ways(nums, target):
    total = sum(nums)
    if abs(target) > total:
        return 0
    goal = (total + target) // 2   # an odd total + target rounds down to a reachable sum
    ways = [1] + [0] * goal
    for v in nums:
        for s in range(goal, v - 1, -1):
            ways[s] += ways[s - v]
        if v == 0:
            ways = [2 * w for w in ways]
    return ways[goal]
