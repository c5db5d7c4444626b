import math
from collections import Counter

import numpy as np


def tfidf(docs):
    # Counts every occurrence in df instead of the number of documents.
    vocab = sorted({t for d in docs for t in d})
    n = len(docs)
    df = Counter(t for d in docs for t in d)
    M = np.array([[Counter(d)[t] * (math.log((1 + n) / (1 + df[t])) + 1) for t in vocab] for d in docs], dtype=float).reshape(n, len(vocab))
    nr = np.linalg.norm(M, axis=1, keepdims=True)
    return vocab, np.divide(M, nr, out=np.zeros_like(M), where=nr > 0)
