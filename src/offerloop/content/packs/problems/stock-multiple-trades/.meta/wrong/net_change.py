def max_profit_many(prices):
    # Sums every daily change, falls included: just last minus first.
    profit = 0
    for prev, cur in zip(prices, prices[1:]):
        profit += cur - prev
    return max(profit, 0)
