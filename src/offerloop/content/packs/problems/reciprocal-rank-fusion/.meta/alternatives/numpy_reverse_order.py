import numpy as np


def reciprocal_rank_fusion(rankings, k=60):
    # Index the documents, then add the lists' contributions from the last list to the first.
    ids = sorted({d for lst in rankings for d in lst})
    where = {d: i for i, d in enumerate(ids)}
    total = np.zeros(len(ids))
    for lst in reversed(rankings):
        idx = np.array([where[d] for d in lst], dtype=int)
        np.add.at(total, idx, 1.0 / (k + np.arange(1, len(lst) + 1)))
    order = np.lexsort((np.arange(len(ids)), -total))  # ids are already sorted: position breaks ties
    return [ids[i] for i in order]
