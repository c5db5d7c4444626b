def max_profit_cooldown(prices):
    hold, sold, rest, rest2 = float("-inf"), 0, 0, 0
    for p in prices:
        # Cools down for two days instead of one.
        hold, sold, rest, rest2 = max(hold, rest2 - p), hold + p, max(rest, sold), max(rest2, rest)
    return int(max(sold, rest, rest2))
