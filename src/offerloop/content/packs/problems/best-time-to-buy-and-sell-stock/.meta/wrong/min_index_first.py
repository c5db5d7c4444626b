def max_profit(prices):
    # Buys at the overall minimum, then sells at the best price after it.
    if not prices:
        return 0
    k = prices.index(min(prices))
    return max(prices[k:]) - prices[k]
