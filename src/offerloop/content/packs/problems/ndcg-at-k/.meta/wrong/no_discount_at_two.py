import math


def ndcg_at_k(relevances, k):
    # The original Jarvelin-Kekalainen discount: position 1 and 2 both undiscounted (log2(i) from i = 2).
    def dcg(rels):
        return sum((2 ** r - 1) / (math.log2(i + 1) if i >= 1 else 1.0) for i, r in enumerate(rels[:k]))
    ideal = dcg(sorted(relevances, reverse=True))
    return dcg(list(relevances)) / ideal if ideal else 0.0
