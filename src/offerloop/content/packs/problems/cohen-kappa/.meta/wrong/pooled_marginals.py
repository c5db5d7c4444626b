from collections import Counter


def cohen_kappa(a, b):
    a, b = list(a), list(b)
    n = len(a)
    p_o = sum(x == y for x, y in zip(a, b)) / n
    pooled = Counter(a + b)
    p_e = sum((c / (2 * n)) ** 2 for c in pooled.values())  # Scott's pi, not Cohen's kappa
    return 1.0 if p_e == 1 else (p_o - p_e) / (1 - p_e)
