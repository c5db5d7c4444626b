import math


def ndcg_at_k(relevances, k):
    # Builds the ideal by sorting only the first k results.
    def dcg(rels):
        return sum((2 ** r - 1) / math.log2(i + 2) for i, r in enumerate(rels[:k]))
    ideal = dcg(sorted(relevances[:k], reverse=True))
    return dcg(list(relevances)) / ideal if ideal else 0.0
