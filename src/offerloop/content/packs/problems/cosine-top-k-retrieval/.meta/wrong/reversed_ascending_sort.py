import numpy as np


def top_k_cosine(query, docs, k):
    # argsort ascending then reverse: ties come out highest index first.
    denom = np.linalg.norm(docs, axis=1) * np.linalg.norm(query)
    s = np.divide(docs @ query, denom, out=np.zeros(len(docs)), where=denom > 0)
    return [int(i) for i in np.argsort(s, kind="stable")[::-1][:k]]
