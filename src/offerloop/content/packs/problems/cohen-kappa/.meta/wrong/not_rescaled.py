from collections import Counter


def cohen_kappa(a, b):
    a, b = list(a), list(b)
    n = len(a)
    p_o = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    p_e = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return p_o - p_e  # forgets to divide by 1 - p_e
