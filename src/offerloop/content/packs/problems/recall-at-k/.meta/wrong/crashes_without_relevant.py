def recall_at_k(recommended, relevant, k):
    # Divides by zero when the user has no relevant items.
    return sum(1 for x in recommended[:k] if x in set(relevant)) / len(set(relevant))
