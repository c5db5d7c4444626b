def reciprocal_rank_fusion(rankings, k=60):
    """All ids ordered by sum of 1 / (k + 1-based rank) over the lists containing them; ties by id."""
    raise NotImplementedError
