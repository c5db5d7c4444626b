def mean_reciprocal_rank(ranked_lists, relevant_sets):
    total = 0.0
    for results, relevant in zip(ranked_lists, relevant_sets):
        rel = set(relevant)
        for rank, item in enumerate(results, start=1):
            if item in rel:
                total += 1.0 / rank
                break
    return total / len(ranked_lists)
