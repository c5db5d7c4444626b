import numpy as np


def _dcg(rels, k):
    r = np.asarray(rels, dtype=float)[:k]
    return float(np.sum((2.0 ** r - 1.0) / np.log2(np.arange(2, r.size + 2))))


def ndcg_at_k(relevances, k):
    ideal = _dcg(sorted(relevances, reverse=True), k)
    if ideal == 0:
        return 0.0
    return _dcg(relevances, k) / ideal
