import math
from collections import Counter

import numpy as np


def tfidf(docs):
    # Textbook idf = ln(n / df): terms in every document get weight 0.
    vocab = sorted({t for d in docs for t in d})
    n = len(docs)
    df = Counter(t for d in docs for t in set(d))
    M = np.array([[Counter(d)[t] * math.log(n / df[t]) for t in vocab] for d in docs], dtype=float).reshape(n, len(vocab))
    nr = np.linalg.norm(M, axis=1, keepdims=True)
    return vocab, np.divide(M, nr, out=np.zeros_like(M), where=nr > 0)
