import numpy as np


def mmr_select(query_sims, doc_sims, k, lam=0.5):
    # Adds the similarity term instead of subtracting it.
    sel = []
    for _ in range(min(k, len(query_sims))):
        if sel:
            s = lam * query_sims + (1 - lam) * doc_sims[:, sel].max(axis=1)
        else:
            s = np.array(query_sims, dtype=float)
        s[sel] = -np.inf
        sel.append(int(np.argmax(s)))
    return sel
