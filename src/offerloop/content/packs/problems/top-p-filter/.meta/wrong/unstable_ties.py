import numpy as np


def top_p_filter(probs, p):
    # Reverses an ascending sort: among ties the higher index comes first.
    order = np.argsort(probs, kind="stable")[::-1]
    s = probs[order]
    keep = (np.cumsum(s) - s) < p
    out = np.zeros_like(probs)
    out[order[keep]] = s[keep]
    return out / out.sum()
