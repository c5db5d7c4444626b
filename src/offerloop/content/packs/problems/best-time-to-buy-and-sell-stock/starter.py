def max_profit(prices):
    """The best profit from one buy followed by one later sell, or 0."""
    raise NotImplementedError
