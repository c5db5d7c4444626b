def precision_at_k(recommended, relevant, k):
    rel = set(relevant)
    return sum(1 for item in recommended[:k] if item in rel) / k
