def hit_rate_at_k(recommendations, held_out, k):
    # Averages a precision (hits / k) instead of the hit indicator.
    return sum(1 / k for r, x in zip(recommendations, held_out) if x in r[:k]) / len(held_out)
