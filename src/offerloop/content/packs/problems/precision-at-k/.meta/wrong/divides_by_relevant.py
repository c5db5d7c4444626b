def precision_at_k(recommended, relevant, k):
    # Divides by the number of relevant items (that is recall).
    return sum(1 for x in recommended[:k] if x in set(relevant)) / len(relevant) if relevant else 0.0
