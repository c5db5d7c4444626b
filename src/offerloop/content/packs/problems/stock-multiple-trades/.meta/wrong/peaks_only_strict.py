def max_profit_many(prices):
    # Buys at local minima and sells at local maxima, but skips the last run if it ends on the last day.
    profit, i, n = 0, 0, len(prices)
    while i < n - 1:
        while i < n - 1 and prices[i + 1] <= prices[i]:
            i += 1
        buy = prices[i]
        while i < n - 1 and prices[i + 1] >= prices[i]:
            i += 1
        if i < n - 1:
            profit += prices[i] - buy
    return profit
