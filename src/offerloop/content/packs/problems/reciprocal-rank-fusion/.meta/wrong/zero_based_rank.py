def reciprocal_rank_fusion(rankings, k=60):
    # Uses 0-based ranks.
    s = {}
    for lst in rankings:
        for r, d in enumerate(lst):
            s[d] = s.get(d, 0.0) + 1.0 / (k + r) if k + r else s.get(d, 0.0) + 1e9
    return sorted(s, key=lambda d: (-s[d], d))
