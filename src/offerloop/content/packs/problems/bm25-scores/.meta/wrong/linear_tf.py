import math
from collections import Counter


def bm25_scores(query, docs, k1=1.5, b=0.75):
    # Plain tf-idf: no saturation or length normalisation.
    N = len(docs)
    df = Counter(t for d in docs for t in set(d))
    return [sum(math.log((N - df[t] + 0.5) / (df[t] + 0.5) + 1) * Counter(d)[t] for t in query) for d in docs]
