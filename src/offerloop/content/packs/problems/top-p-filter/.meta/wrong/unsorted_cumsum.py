import numpy as np


def top_p_filter(probs, p):
    # Accumulates in vocabulary order instead of by probability.
    before = np.cumsum(probs) - probs
    out = np.where(before < p, probs, 0.0)
    return out / out.sum()
