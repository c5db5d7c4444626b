def precision_at_k(recommended, relevant, k):
    # Divides by the number of items actually in the top k.
    top = recommended[:k]
    return sum(1 for x in top if x in set(relevant)) / len(top) if top else 0.0
