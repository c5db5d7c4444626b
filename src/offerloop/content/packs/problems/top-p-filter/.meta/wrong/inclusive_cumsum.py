import numpy as np


def top_p_filter(probs, p):
    # Keeps tokens whose inclusive cumulative sum is <= p: drops the token that crosses p.
    order = np.argsort(-probs, kind="stable")
    c = np.cumsum(probs[order])
    keep = c <= p
    keep[0] = True
    out = np.zeros_like(probs)
    out[order[keep]] = probs[order[keep]]
    return out / out.sum()
