def hit_rate_at_k(recommendations, held_out, k):
    hits = sum(1 for recs, item in zip(recommendations, held_out) if item in recs[:k])
    return hits / len(held_out)
