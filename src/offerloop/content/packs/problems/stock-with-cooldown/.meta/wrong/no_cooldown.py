def max_profit_cooldown(prices):
    # Sums every rise: correct only without the cooldown rule.
    return sum(max(0, b - a) for a, b in zip(prices, prices[1:]))
