import numpy as np


def vif(X):
    """VIF_j = 1 / (1 - R^2_j), regressing column j on the other columns plus an intercept."""
    raise NotImplementedError
