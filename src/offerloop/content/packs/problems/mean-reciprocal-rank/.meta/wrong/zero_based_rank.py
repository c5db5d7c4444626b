def mean_reciprocal_rank(ranked_lists, relevant_sets):
    # Uses 1 / (index + 2), an off-by-one in the other direction from 1-based ranks.
    total = 0.0
    for results, relevant in zip(ranked_lists, relevant_sets):
        for i, item in enumerate(results):
            if item in set(relevant):
                total += 1.0 / (i + 2)
                break
    return total / len(ranked_lists)
