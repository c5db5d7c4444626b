import numpy as np


def dbscan(X, eps, min_samples):
    """Labels 0, 1, ... by breadth-first growth from core points in index order; -1 for noise."""
    raise NotImplementedError
