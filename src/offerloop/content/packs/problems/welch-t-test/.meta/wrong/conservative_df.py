import numpy as np


def welch_t_test(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    va, vb = a.var(ddof=1) / len(a), b.var(ddof=1) / len(b)
    t = (a.mean() - b.mean()) / np.sqrt(va + vb)
    # The textbook shortcut min(n) - 1 instead of Welch-Satterthwaite.
    return float(t), float(min(len(a), len(b)) - 1)
