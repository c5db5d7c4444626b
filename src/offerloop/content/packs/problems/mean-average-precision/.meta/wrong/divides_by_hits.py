def mean_average_precision(ranked_lists, relevant_sets, k=None):
    # Divides by the number of hits found: missing relevant items cost nothing.
    aps = []
    for results, relevant in zip(ranked_lists, relevant_sets):
        top = results if k is None else results[:k]
        hits, total = 0, 0.0
        for i, x in enumerate(top, start=1):
            if x in set(relevant):
                hits += 1
                total += hits / i
        aps.append(total / hits if hits else 0.0)
    return sum(aps) / len(aps)
