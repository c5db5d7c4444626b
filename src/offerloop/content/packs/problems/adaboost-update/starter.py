import numpy as np


def adaboost_update(y, pred, w):
    """(alpha, new normalised weights) for one discrete AdaBoost round; labels in {-1, +1}."""
    raise NotImplementedError
