def mean_average_precision(ranked_lists, relevant_sets, k=None):
    # Averages precision at every position, relevant or not.
    aps = []
    for results, relevant in zip(ranked_lists, relevant_sets):
        top = results if k is None else results[:k]
        hits, precs = 0, []
        for i, x in enumerate(top, start=1):
            hits += x in set(relevant)
            precs.append(hits / i)
        aps.append(sum(precs) / len(precs) if precs and relevant else 0.0)
    return sum(aps) / len(aps)
