def cohen_kappa(a, b):
    a, b = list(a), list(b)
    p_o = sum(x == y for x, y in zip(a, b)) / len(a)
    k = len(set(a) | set(b))
    p_e = 1 / k  # chance as if every label were equally likely
    return 1.0 if p_e == 1 else (p_o - p_e) / (1 - p_e)
