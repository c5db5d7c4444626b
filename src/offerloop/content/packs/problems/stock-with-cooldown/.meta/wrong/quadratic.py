def max_profit_cooldown(prices):
    # Correct, but for each sale day tries every buy day: O(n^2).
    n = len(prices)
    best = [0] * (n + 2)   # best[i]: best profit using days before i only, free to buy on day i
    for sell in range(n):
        top = best[sell]
        for buy in range(sell):
            gain = prices[sell] - prices[buy] + (best[buy - 1] if buy >= 1 else 0)
            if gain > top:
                top = gain
        best[sell + 1] = max(best[sell + 1], top)
        best[sell + 2] = max(best[sell + 2], top)
    return best[n]
