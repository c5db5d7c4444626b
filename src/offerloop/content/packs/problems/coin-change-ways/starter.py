def count_coin_ways(coins, amount):
    """Number of multisets of coins (unlimited supply) summing to amount."""
    raise NotImplementedError
