from collections import Counter


def cohen_kappa(a, b):
    a, b = list(a), list(b)
    n = len(a)
    p_o = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    p_e = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)  # each rater's own marginals
    if p_e == 1.0:
        return 1.0
    return float((p_o - p_e) / (1.0 - p_e))
