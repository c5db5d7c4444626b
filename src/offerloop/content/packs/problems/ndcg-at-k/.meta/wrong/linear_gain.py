import math


def ndcg_at_k(relevances, k):
    # Uses the linear gain rel instead of 2**rel - 1.
    def dcg(rels):
        return sum(r / math.log2(i + 2) for i, r in enumerate(rels[:k]))
    ideal = dcg(sorted(relevances, reverse=True))
    return dcg(list(relevances)) / ideal if ideal else 0.0
