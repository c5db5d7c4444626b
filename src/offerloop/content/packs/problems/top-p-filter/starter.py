import numpy as np


def top_p_filter(probs, p):
    """Keep the smallest highest-probability set with mass >= p (stable tie order), zero the rest, renormalise."""
    raise NotImplementedError
