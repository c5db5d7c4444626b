def max_profit_many(prices):
    # Correct, but tries every sell day after every buy day: O(n^2).
    n = len(prices)
    best = [0] * (n + 1)  # best[i]: most profit from days i onwards
    for i in range(n - 1, -1, -1):
        b = best[i + 1]
        for j in range(i + 1, n):
            if prices[j] > prices[i]:
                b = max(b, prices[j] - prices[i] + best[j])
        best[i] = b
    return best[0]
