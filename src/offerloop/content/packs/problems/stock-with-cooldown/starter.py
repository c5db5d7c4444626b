def max_profit_cooldown(prices):
    """Largest profit trading one share at a time, with no buy on the day after a sale."""
    raise NotImplementedError
