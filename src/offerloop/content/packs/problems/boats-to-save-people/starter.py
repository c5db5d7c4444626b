def min_rafts(weights, limit):
    """Fewest rafts of at most two people with total weight <= limit."""
    raise NotImplementedError
