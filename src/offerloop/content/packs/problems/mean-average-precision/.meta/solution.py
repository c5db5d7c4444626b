def mean_average_precision(ranked_lists, relevant_sets, k=None):
    aps = []
    for results, relevant in zip(ranked_lists, relevant_sets):
        rel = set(relevant)
        if not rel:
            aps.append(0.0)
            continue
        top = results if k is None else results[:k]
        hits, total = 0, 0.0
        for i, item in enumerate(top, start=1):
            if item in rel:
                hits += 1
                total += hits / i
        aps.append(total / (len(rel) if k is None else min(len(rel), k)))
    return sum(aps) / len(aps)
