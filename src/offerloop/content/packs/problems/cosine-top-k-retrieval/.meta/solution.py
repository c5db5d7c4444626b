import numpy as np


def top_k_cosine(query, docs, k):
    q = np.asarray(query, dtype=float)
    D = np.asarray(docs, dtype=float)
    denom = np.linalg.norm(D, axis=1) * np.linalg.norm(q)
    scores = np.divide(D @ q, denom, out=np.zeros(len(D)), where=denom > 0)
    order = np.argsort(-scores, kind="stable")
    return [int(i) for i in order[:k]]
