import numpy as np


def top_k_cosine(query, docs, k):
    # Divides by zero norms: NaN scores sink to the bottom.
    with np.errstate(all="ignore"):
        s = docs @ query / (np.linalg.norm(docs, axis=1) * np.linalg.norm(query))
    return [int(i) for i in np.argsort(-s, kind="stable")[:k]]
