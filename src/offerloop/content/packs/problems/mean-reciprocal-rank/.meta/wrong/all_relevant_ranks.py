def mean_reciprocal_rank(ranked_lists, relevant_sets):
    # Sums the reciprocal ranks of every relevant result, not only the first.
    total = 0.0
    for results, relevant in zip(ranked_lists, relevant_sets):
        total += sum(1.0 / r for r, item in enumerate(results, start=1) if item in set(relevant))
    return total / len(ranked_lists)
