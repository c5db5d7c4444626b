import numpy as np


def top_p_filter(probs, p):
    probs = np.asarray(probs, dtype=float)
    order = np.argsort(-probs, kind="stable")
    sorted_p = probs[order]
    before = np.cumsum(sorted_p) - sorted_p
    keep_sorted = before < p
    keep_sorted[0] = True
    out = np.zeros_like(probs)
    out[order[keep_sorted]] = sorted_p[keep_sorted]
    return out / out.sum()
