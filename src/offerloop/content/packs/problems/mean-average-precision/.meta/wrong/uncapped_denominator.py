def mean_average_precision(ranked_lists, relevant_sets, k=None):
    # Always divides by |relevant|, even with a cut-off smaller than it.
    aps = []
    for results, relevant in zip(ranked_lists, relevant_sets):
        if not relevant:
            aps.append(0.0)
            continue
        top = results if k is None else results[:k]
        hits, total = 0, 0.0
        for i, x in enumerate(top, start=1):
            if x in set(relevant):
                hits += 1
                total += hits / i
        aps.append(total / len(set(relevant)))
    return sum(aps) / len(aps)
