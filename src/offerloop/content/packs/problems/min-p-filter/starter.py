import numpy as np


def min_p_filter(probs, min_p):
    """Zero tokens below min_p * row max (equality kept), renormalise over the last axis."""
    raise NotImplementedError
