def max_profit(prices):
    # Forces a trade, so falling prices give a negative answer.
    if len(prices) < 2:
        return 0
    best, low = prices[1] - prices[0], prices[0]
    for p in prices[1:]:
        best = max(best, p - low)
        low = min(low, p)
    return best
