def recall_at_k(recommended, relevant, k):
    # Divides by min(k, |relevant|), which inflates recall when k is small.
    if not relevant:
        return 0.0
    return sum(1 for x in recommended[:k] if x in set(relevant)) / min(k, len(relevant))
