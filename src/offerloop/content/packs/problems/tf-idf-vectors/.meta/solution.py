import math
from collections import Counter

import numpy as np


def tfidf(docs):
    vocab = sorted({t for d in docs for t in d})
    col = {t: j for j, t in enumerate(vocab)}
    n = len(docs)
    df = Counter(t for d in docs for t in set(d))
    idf = np.array([math.log((1 + n) / (1 + df[t])) + 1 for t in vocab])
    M = np.zeros((n, len(vocab)))
    for i, d in enumerate(docs):
        for t, c in Counter(d).items():
            M[i, col[t]] = c
    M *= idf
    norms = np.linalg.norm(M, axis=1, keepdims=True)
    M = np.divide(M, norms, out=np.zeros_like(M), where=norms > 0)
    return vocab, M
