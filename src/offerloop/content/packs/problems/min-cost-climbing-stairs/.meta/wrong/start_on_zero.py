def min_cost_climb(cost):
    prev2, prev = 0, cost[0]   # forgets that starting on step 1 is free
    for i in range(2, len(cost) + 1):
        prev2, prev = prev, min(prev + cost[i - 1], prev2 + cost[i - 2])
    return prev
