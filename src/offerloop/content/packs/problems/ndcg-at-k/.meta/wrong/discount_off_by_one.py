import math


def ndcg_at_k(relevances, k):
    # Positions shifted by one: the top result is already discounted by log2(3).
    def dcg(rels):
        return sum((2 ** r - 1) / math.log2(i + 3) for i, r in enumerate(rels[:k]))
    ideal = dcg(sorted(relevances, reverse=True))
    return dcg(list(relevances)) / ideal if ideal else 0.0
