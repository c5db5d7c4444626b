def mean_reciprocal_rank(ranked_lists, relevant_sets):
    # Averages only over queries that have a hit.
    rr = []
    for results, relevant in zip(ranked_lists, relevant_sets):
        for rank, item in enumerate(results, start=1):
            if item in set(relevant):
                rr.append(1.0 / rank)
                break
    return sum(rr) / len(rr) if rr else 0.0
