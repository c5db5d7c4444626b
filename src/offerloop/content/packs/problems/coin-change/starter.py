def coin_change(coins, amount):
    """Fewest coins (unlimited supply of each value) summing to amount, or -1."""
    raise NotImplementedError
