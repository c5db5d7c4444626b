def max_profit_many(prices):
    """The most profit from any number of buy-then-sell trades, holding at most one share."""
    raise NotImplementedError
