def recall_at_k(recommended, relevant, k):
    """Relevant items among the first k recommendations, divided by the number of relevant items (0.0 if none)."""
    raise NotImplementedError
