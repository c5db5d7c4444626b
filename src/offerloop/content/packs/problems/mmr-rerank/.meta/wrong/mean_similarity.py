import numpy as np


def mmr_select(query_sims, doc_sims, k, lam=0.5):
    # Penalises the mean similarity to the selected set instead of the maximum.
    sel = []
    for _ in range(min(k, len(query_sims))):
        if sel:
            s = lam * query_sims - (1 - lam) * doc_sims[:, sel].mean(axis=1)
        else:
            s = np.array(query_sims, dtype=float)
        s[sel] = -np.inf
        sel.append(int(np.argmax(s)))
    return sel
