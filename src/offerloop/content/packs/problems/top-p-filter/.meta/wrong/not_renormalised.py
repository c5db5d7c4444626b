import numpy as np


def top_p_filter(probs, p):
    # Right nucleus, but the result no longer sums to 1.
    order = np.argsort(-probs, kind="stable")
    s = probs[order]
    keep = (np.cumsum(s) - s) < p
    out = np.zeros_like(probs)
    out[order[keep]] = s[keep]
    return out
