import heapq
import math


def predict_user_cf(R, user, item, k):
    # Plain loops; the k best neighbours picked with a heap keyed on (-similarity, index).
    rows = [[float(v) for v in row] for row in R]
    me = rows[user]
    n_me = math.sqrt(sum(v * v for v in me))

    def cos(row):
        n_v = math.sqrt(sum(v * v for v in row))
        if n_me == 0 or n_v == 0:
            return 0.0
        return sum(a * b for a, b in zip(me, row)) / (n_me * n_v)

    scored = [(-cos(rows[v]), v) for v in range(len(rows)) if v != user and rows[v][item] > 0]
    top = heapq.nsmallest(k, scored)
    weight = sum(abs(s) for s, _ in top)
    if top and weight > 0:
        return sum(-s * rows[v][item] for s, v in top) / weight
    rated = [v for v in me if v > 0]
    return sum(rated) / len(rated) if rated else 0.0
