from fractions import Fraction


def reciprocal_rank_fusion(rankings, k=60):
    # Exact rational scores: ties are ties whatever order the terms are added in.
    scores = {}
    for lst in rankings:
        for rank, doc in enumerate(lst, start=1):
            scores[doc] = scores.get(doc, Fraction(0)) + Fraction(1, k + rank)
    return sorted(scores, key=lambda d: (-scores[d], d))
