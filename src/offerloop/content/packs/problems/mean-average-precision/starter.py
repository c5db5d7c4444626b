def mean_average_precision(ranked_lists, relevant_sets, k=None):
    """Mean over queries of AP@k: sum of precision at each relevant position, over min(|relevant|, k)."""
    raise NotImplementedError
