import numpy as np


def top_k_filter(probs, k):
    # Picks the top k over the whole array, not per row, and normalises globally.
    flat = np.sort(probs, axis=None)
    t = flat[-min(k, flat.size)]
    kept = np.where(probs >= t, probs, 0.0)
    return kept / kept.sum()
