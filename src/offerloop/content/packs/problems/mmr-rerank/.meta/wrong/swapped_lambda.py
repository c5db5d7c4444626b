import numpy as np


def mmr_select(query_sims, doc_sims, k, lam=0.5):
    # Puts lam on the diversity term and 1 - lam on relevance.
    sel = []
    for _ in range(min(k, len(query_sims))):
        if sel:
            s = (1 - lam) * query_sims - lam * doc_sims[:, sel].max(axis=1)
        else:
            s = np.array(query_sims, dtype=float)
        s[sel] = -np.inf
        sel.append(int(np.argmax(s)))
    return sel
