import numpy as np


def top_k_cosine(query, docs, k):
    # Nearest by Euclidean distance on unnormalised vectors.
    d = np.linalg.norm(docs - query, axis=1)
    return [int(i) for i in np.argsort(d, kind="stable")[:k]]
