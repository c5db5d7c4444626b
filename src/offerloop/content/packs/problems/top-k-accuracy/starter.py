import numpy as np


def top_k_accuracy(y_true, scores, k):
    """Fraction of samples with fewer than k classes scoring strictly above the true class."""
    raise NotImplementedError
