def min_cost_climb(cost):
    n = len(cost)
    reach = [0, 0] + [0] * (n - 1)
    for i in range(2, n + 1):
        reach[i] = min(reach[i - 1] + cost[i - 1], reach[i - 2] + cost[i - 2])
    return min(reach[n - 1], reach[n - 2])   # treats standing on a last step as the top, unpaid
