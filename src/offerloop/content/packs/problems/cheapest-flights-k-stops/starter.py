def cheapest_price(n, flights, src, dst, k):
    """Lowest price from src to dst using at most k + 1 flights, or -1."""
    raise NotImplementedError
