import numpy as np


def top_k_filter(probs, k):
    """Zero every probability below the k-th largest of its row (ties kept), renormalise over the last axis."""
    raise NotImplementedError
