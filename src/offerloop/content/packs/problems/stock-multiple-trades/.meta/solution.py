def max_profit_many(prices):
    profit = 0
    for prev, cur in zip(prices, prices[1:]):
        if cur > prev:
            profit += cur - prev
    return profit
