def reciprocal_rank_fusion(rankings, k=60):
    scores = {}
    for lst in rankings:
        for rank, doc in enumerate(lst, start=1):
            scores[doc] = scores.get(doc, 0.0) + 1.0 / (k + rank)
    return sorted(scores, key=lambda d: (-scores[d], d))
