import numpy as np


def single_linkage(X, k):
    """Labels (canonical: first appearance order) after single-linkage merging down to k clusters."""
    raise NotImplementedError
