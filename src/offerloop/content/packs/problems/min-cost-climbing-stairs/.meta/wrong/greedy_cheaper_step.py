def min_cost_climb(cost):
    n = len(cost)
    i = 0 if cost[0] <= cost[1] else 1
    total = 0
    while i < n:
        total += cost[i]
        if i + 2 >= n:
            break
        i = i + 1 if cost[i + 1] <= cost[i + 2] else i + 2   # always the cheaper next step
    return total
