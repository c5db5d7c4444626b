def hit_rate_at_k(recommendations, held_out, k):
    # Slices k - 1 items.
    return sum(1 for r, x in zip(recommendations, held_out) if x in r[:k - 1]) / len(held_out)
