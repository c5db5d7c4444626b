def max_profit_cooldown(prices):
    hold, sold, rest = float("-inf"), 0, 0
    for p in prices:
        sold = hold + p
        rest = max(rest, sold)    # today's sale feeds today's rest...
        hold = max(hold, rest - p)   # ...so a buy can follow a sale with no cooldown
    return int(max(sold, rest, 0))
