def min_cost_climb(cost):
    # Tries every path without remembering results: exponential time.
    n = len(cost)

    def best(i):
        if i >= n:
            return 0
        return cost[i] + min(best(i + 1), best(i + 2))

    return min(best(0), best(1))
