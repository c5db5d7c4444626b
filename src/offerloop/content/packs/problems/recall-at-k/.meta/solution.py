def recall_at_k(recommended, relevant, k):
    rel = set(relevant)
    if not rel:
        return 0.0
    return sum(1 for item in recommended[:k] if item in rel) / len(rel)
