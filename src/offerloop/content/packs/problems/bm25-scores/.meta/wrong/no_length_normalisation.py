import math
from collections import Counter


def bm25_scores(query, docs, k1=1.5, b=0.75):
    # Ignores document length (as if b = 0).
    N = len(docs)
    df = Counter(t for d in docs for t in set(d))
    out = []
    for d in docs:
        c = Counter(d)
        s = 0.0
        for t in query:
            if c[t]:
                s += math.log((N - df[t] + 0.5) / (df[t] + 0.5) + 1) * c[t] * (k1 + 1) / (c[t] + k1)
        out.append(s)
    return out
