def precision_at_k(recommended, relevant, k):
    """Relevant items among the first k recommendations, divided by k."""
    raise NotImplementedError
