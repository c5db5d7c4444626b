import math
from collections import Counter


def bm25_scores(query, docs, k1=1.5, b=0.75):
    N = len(docs)
    avgdl = sum(len(d) for d in docs) / N
    counts = [Counter(d) for d in docs]
    df = Counter(t for d in docs for t in set(d))
    scores = []
    for d, c in zip(docs, counts):
        s = 0.0
        norm = k1 * (1 - b + b * len(d) / avgdl) if avgdl > 0 else k1
        for t in query:
            tf = c.get(t, 0)
            if tf:
                idf = math.log((N - df[t] + 0.5) / (df[t] + 0.5) + 1)
                s += idf * tf * (k1 + 1) / (tf + norm)
        scores.append(s)
    return scores
