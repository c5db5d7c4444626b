import numpy as np


def nested_cv_ridge(X, y, alphas, outer_splits=5, inner_splits=3):
    """{"scores": outer-fold R^2 list, "alphas": alpha chosen by the inner GridSearchCV in each fold}."""
    raise NotImplementedError
