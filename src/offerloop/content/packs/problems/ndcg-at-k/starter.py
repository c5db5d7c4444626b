def ndcg_at_k(relevances, k):
    """DCG@k / IDCG@k with gains 2**rel - 1 and discounts log2(position + 1); 0.0 when IDCG@k is 0."""
    raise NotImplementedError
