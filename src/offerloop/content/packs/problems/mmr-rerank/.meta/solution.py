import numpy as np


def mmr_select(query_sims, doc_sims, k, lam=0.5):
    q = np.asarray(query_sims, dtype=float)
    D = np.asarray(doc_sims, dtype=float)
    n = len(q)
    selected = []
    closest = np.full(n, -np.inf)
    for _ in range(min(k, n)):
        if selected:
            score = lam * q - (1 - lam) * closest
        else:
            score = q.copy()
        score[selected] = -np.inf
        pick = int(np.argmax(score))
        selected.append(pick)
        closest = np.maximum(closest, D[:, pick])
    return selected
