def max_profit_many(prices):
    # Solves the one-trade problem: the best single buy and sell.
    best, low = 0, None
    for p in prices:
        if low is None or p < low:
            low = p
        best = max(best, p - low)
    return best
