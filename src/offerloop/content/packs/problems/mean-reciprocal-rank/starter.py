def mean_reciprocal_rank(ranked_lists, relevant_sets):
    """Mean over queries of 1 / (1-based rank of the first relevant result), 0 for queries without one."""
    raise NotImplementedError
