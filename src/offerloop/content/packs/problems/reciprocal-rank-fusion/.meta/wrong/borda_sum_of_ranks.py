def reciprocal_rank_fusion(rankings, k=60):
    # Sums the ranks (missing documents cost nothing), then sorts ascending.
    s = {}
    for lst in rankings:
        for r, d in enumerate(lst, start=1):
            s[d] = s.get(d, 0) + r
    return sorted(s, key=lambda d: (s[d], d))
