import math
from collections import Counter

import numpy as np


def tfidf(docs):
    # Forgets the L2 normalisation.
    vocab = sorted({t for d in docs for t in d})
    n = len(docs)
    df = Counter(t for d in docs for t in set(d))
    M = np.array([[Counter(d)[t] * (math.log((1 + n) / (1 + df[t])) + 1) for t in vocab] for d in docs], dtype=float)
    return vocab, M.reshape(n, len(vocab))
