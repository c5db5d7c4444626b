def reciprocal_rank_fusion(rankings, k=60):
    # Keeps each document's best reciprocal rank instead of the sum.
    s = {}
    for lst in rankings:
        for r, d in enumerate(lst, start=1):
            s[d] = max(s.get(d, 0.0), 1.0 / (k + r))
    return sorted(s, key=lambda d: (-s[d], d))
